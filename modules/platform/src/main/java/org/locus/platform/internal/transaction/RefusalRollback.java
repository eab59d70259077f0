package org.locus.platform.internal.transaction;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.validation.ConstraintViolationException;

import org.locus.platform.api.error.LocusException;
import org.locus.platform.api.transaction.RollsBackRefusals;

/**
 * Rolls back a refusal's transaction. It runs inside the transactional interceptor (a higher priority
 * number than its {@code PLATFORM_BEFORE + 200}) and outside Bean Validation's, so the transaction
 * is there and a violation of a method's constraints passes through here too.
 */
@RollsBackRefusals
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 250)
public class RefusalRollback {

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    private TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    public Object rollBackRefusals(InvocationContext invocation) throws Exception {
        try {
            return invocation.proceed();
        } catch (LocusException | ConstraintViolationException refusal) {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.setRollbackOnly();
            }
            throw refusal;
        }
    }
}
