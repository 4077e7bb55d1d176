package io.repwise.notification.email;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.repwise.common.problem.InvalidFieldException;
import io.repwise.common.web.PageView;
import io.repwise.notification.email.EmailDeliveries.DeliveryView;

/** Administrators see email deliveries, failed ones above all, with the last error. */
@Tag(name = "Email administration", description = "E-mail deliveries, for the ADMIN role only.")
@RestController
class EmailAdminController {

	private final EmailDeliveries deliveries;

	EmailAdminController(EmailDeliveries deliveries) {
		this.deliveries = deliveries;
	}

	@GetMapping("/api/v1/notifications/admin/emails")
	@Operation(operationId = "listEmailDeliveries", summary = "E-mail deliveries",
			description = "By status (FAILED by default), with attempts and last error.")
	@PreAuthorize("hasRole('ADMIN')")
	PageView<DeliveryView> deliveries(@Parameter(schema = @Schema(allowableValues = { "PENDING", "SENT", "FAILED" })) @RequestParam(defaultValue = "FAILED") String status,
			@RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		if (!List.of("PENDING", "SENT", "FAILED").contains(status)) {
			throw new InvalidFieldException("status", "must be PENDING, SENT or FAILED");
		}
		return this.deliveries.withStatus(status, page, size);
	}

}
