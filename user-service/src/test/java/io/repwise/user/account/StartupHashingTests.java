package io.repwise.user.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import io.repwise.testsupport.RealInfrastructure;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * Starting user-service hashes no password. The image's training run records its AppCDS archive
 * as the context finishes refreshing; on Java 17 a BCrypt still queued for the JIT then stays
 * interpreted in every container from that image (JDK-8306460), which made each sign-in take
 * 1.3 s. The stand-in hash for unknown accounts is made at the first sign-in instead.
 */
@SpringBootTest(properties = "repwise.signing.private-key-file=target/test-keys/signing-key.pem")
@RealInfrastructure(postgres = "users")
class StartupHashingTests {

	@MockitoSpyBean
	PasswordEncoder passwordEncoder;

	@Autowired
	AccountService accounts;

	@Test
	void noPasswordIsHashedUntilTheFirstSignInThenTheStandInOnce() {
		verify(this.passwordEncoder, never()).encode(any());

		for (int i = 0; i < 2; i++) {
			try {
				this.accounts.login("nobody-" + i + "@example.com", "a long enough secret", "10.9.9." + (i + 1));
			}
			catch (RuntimeException expected) {
				// unknown account: 401
			}
		}
		verify(this.passwordEncoder, times(1)).encode(any());
	}

}
