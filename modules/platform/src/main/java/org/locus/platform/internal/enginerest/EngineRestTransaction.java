package org.locus.platform.internal.enginerest;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;

/**
 * Makes each call of Camunda's REST API one JTA transaction. Left alone, every engine command a resource
 * runs would begin and commit a transaction of its own (the engine begins one when none is open), so a call
 * that runs several (a deployment, then the query for what it deployed) could stop half-way with the first
 * kept. Here the call begins the transaction, the engine's commands join it, and it commits only when the
 * answer is a success and nothing marked it rollback-only; any error answer (Camunda's mappers turn the
 * engine's exceptions into 4xx and 5xx answers, so nothing is thrown this far) rolls it all back.
 * <p>
 * The answer is held in a buffer large enough for the usual engine answer, so the transaction ends before the
 * client reads it; a larger answer (a long list) may reach the client before the commit, which for a read
 * changes nothing. A filter, not a JAX-RS filter, so that the transaction also spans reading the request
 * (a multipart deployment) and Camunda's own exception mappers. The container makes filters, hence field
 * injection.
 */
@WebFilter(filterName = "engineRestTransaction", urlPatterns = "/" + EngineRestApplication.PATH + "/*")
public class EngineRestTransaction extends HttpFilter {

    static final int ANSWER_BUFFER_BYTES = 256 * 1024;

    private static final Logger LOG = Logger.getLogger(EngineRestTransaction.class.getName());

    @Inject
    transient TransactionManager transactions;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setBufferSize(ANSWER_BUFFER_BYTES);
        try {
            transactions.begin();
        } catch (jakarta.transaction.NotSupportedException | SystemException e) {
            throw new ServletException("Cannot begin the engine REST call's transaction", e);
        }
        boolean succeeded = false;
        try {
            chain.doFilter(request, response);
            succeeded = response.getStatus() < 400 && transactions.getStatus() == Status.STATUS_ACTIVE;
        } catch (SystemException e) {
            throw new ServletException("Cannot read the engine REST call's transaction", e);
        } finally {
            end(succeeded);
        }
    }

    private void end(boolean commit) throws ServletException {
        try {
            if (commit) {
                transactions.commit();
            } else {
                transactions.rollback();
            }
        } catch (Exception e) {
            // A commit that fails (the database went away) rolls back; the caller must not read it as saved.
            LOG.log(Level.WARNING, "The engine REST call's transaction did not " + (commit ? "commit" : "roll back"), e);
            throw new ServletException("The engine REST call's transaction did not end cleanly", e);
        }
    }
}
