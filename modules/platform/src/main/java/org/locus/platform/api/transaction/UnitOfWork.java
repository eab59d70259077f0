package org.locus.platform.api.transaction;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.inject.Stereotype;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolationException;

import org.locus.platform.api.error.LocusException;

/**
 * A bean whose every business method is one unit of work: it joins the caller's JTA transaction or
 * opens one, and any exception rolls it back, domain rows and engine state alike.
 *
 * <p>A refusal (one of the platform's errors, such as a 400 or a 409, or a Bean Validation
 * violation) rolls back quietly: Liberty's transactional interceptor writes an FFDC incident for
 * every runtime exception that is not in {@code dontRollbackOn}, which is right for a failure and
 * wrong for a person's mistake. So refusals are named there, and {@link RollsBackRefusals} marks the
 * transaction rollback-only as they pass.
 */
@Stereotype
@Transactional(dontRollbackOn = {LocusException.class, ConstraintViolationException.class})
@RollsBackRefusals
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface UnitOfWork {
}
