package org.locus.app.enginerest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The contract check can fail: Camunda's own examples pass it, and answers that break the document do not. */
class CamundaContractTest {

    private final CamundaContract contract = CamundaContract.published();

    @Test
    void acceptsAnAnswerShapedAsCamundaDocumentsIt() {
        String task = """
                {"id": "anId", "name": "aName", "assignee": "anAssignee", "created": "2013-01-23T13:42:42.000+0200",
                 "due": null, "followUp": null, "delegationState": null, "description": null, "executionId": "anExecution",
                 "owner": null, "parentTaskId": null, "priority": 42, "processDefinitionId": "aProcDefId",
                 "processInstanceId": "aProcInstId", "taskDefinitionKey": "aTaskDefinitionKey", "caseExecutionId": null,
                 "caseInstanceId": null, "caseDefinitionId": null, "suspended": false, "formKey": null,
                 "camundaFormRef": null, "tenantId": null, "taskState": "Created"}""";

        assertThat(contract.violations("GET", "/engine-rest/task/anId", 200, "application/json", task)).isEmpty();
        assertThat(contract.violations("GET", "/engine-rest/task/count", 200, "application/json", "{\"count\": 3}")).isEmpty();
    }

    @Test
    void refusesAWrongTypeAWrongStatusAndAWrongMediaType() {
        assertThat(contract.violations("GET", "/engine-rest/task/count", 200, "application/json", "{\"count\": \"three\"}"))
                .as("a count that is not a number").isNotEmpty();
        assertThat(contract.violations("GET", "/engine-rest/task", 200, "application/json", "{\"id\": \"not a list\"}"))
                .as("an object where the document says a list").isNotEmpty();
        assertThat(contract.violations("GET", "/engine-rest/engine", 418, "application/json", "[]"))
                .as("a status the operation does not declare").isNotEmpty();
        assertThat(contract.violations("GET", "/engine-rest/no-such-resource", 200, "application/json", "[]"))
                .as("a path the document does not have").isNotEmpty();
    }

    @Test
    void toleratesCamundasOwnGapsOnlyWhereTheyAre() {
        assertThat(contract.violations("GET", "/engine-rest/process-instance/anId/variables", 200, "application/json",
                "{\"amount\": {\"value\": 42, \"type\": \"Integer\", \"valueInfo\": {}}}")).as("a number as a variable's value").isEmpty();
        assertThat(contract.violations("GET", "/engine-rest/task/anId", 404, "application/json",
                "{\"type\": \"InvalidRequestException\", \"message\": \"No task\", \"code\": null}")).as("an error without a code").isEmpty();
        assertThat(contract.violations("GET", "/engine-rest/task", 200, "application/json",
                "[{\"id\": \"anId\", \"name\": \"aName\", \"camundaFormRef\": null}]")).as("a list of tasks without a Camunda Form").isEmpty();

        assertThat(contract.violations("GET", "/engine-rest/process-instance/anId/variables", 200, "application/json",
                "{\"amount\": {\"value\": 42, \"type\": 7}}")).as("a variable's type that is not text").isNotEmpty();
        assertThat(contract.violations("GET", "/engine-rest/task/anId", 404, "application/json",
                "{\"type\": \"InvalidRequestException\", \"message\": 404, \"code\": null}")).as("an error whose message is a number").isNotEmpty();
    }
}
