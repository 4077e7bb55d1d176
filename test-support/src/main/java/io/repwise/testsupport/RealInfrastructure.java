package io.repwise.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Points a Spring test's application context at a real PostgreSQL database and/or a real Redis.
 * <p>
 * PostgreSQL is the one named by {@code SPRING_DATASOURCE_URL} when set; else a Testcontainers
 * container when Docker is running; else an embedded server started once per test JVM. Redis
 * likewise: {@code SPRING_DATA_REDIS_HOST}/{@code SPRING_DATA_REDIS_URL}, else embedded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface RealInfrastructure {

	/** The database to use (created when missing); empty for none. */
	String postgres() default "";

	/** Whether the test needs Redis. */
	boolean redis() default false;

	/** Whether tokens are checked against {@link TestIssuer} (instead of user-service's JWKS). */
	boolean jwks() default false;

}
