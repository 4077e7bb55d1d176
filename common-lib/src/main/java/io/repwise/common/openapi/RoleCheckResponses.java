package io.repwise.common.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springdoc.core.customizers.OperationCustomizer;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;

/**
 * Declares the 403 of every endpoint guarded by a role or scope ({@code @PreAuthorize} on the
 * method or its controller), naming what it asks for.
 */
final class RoleCheckResponses implements OperationCustomizer {

	@Override
	public Operation customize(Operation operation, HandlerMethod handler) {
		PreAuthorize check = guard(handler);
		if (check != null) {
			operation.getResponses()
				.computeIfAbsent("403",
						(code) -> new ApiResponse().description("The token is valid but lacks what this needs: "
								+ check.value() + "."));
		}
		return operation;
	}

	private static PreAuthorize guard(HandlerMethod handler) {
		PreAuthorize onMethod = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		return (onMethod != null) ? onMethod
				: AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
	}

}
