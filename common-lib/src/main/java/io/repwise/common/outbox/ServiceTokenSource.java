package io.repwise.common.outbox;

/** A service token to call another service's internal endpoints with. */
@FunctionalInterface
public interface ServiceTokenSource {

	String token();

}
