package io.repwise.user;

import io.repwise.testsupport.ServiceArchitectureTests;

/** The layout rules of docs/ARCHITECTURE.md, held for user-service; a new domain engine joins the list. */
class ArchitectureTests extends ServiceArchitectureTests {

	ArchitectureTests() {
		super("user",
				"io.repwise.user.token.SigningKeys",
				"io.repwise.user.profile.Units");
	}

}
