package io.repwise.common.problem;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the servlet container's error dispatch (errors raised outside Spring MVC, such as in a
 * filter or by the container itself) with problem details instead of Boot's JSON error page.
 * Nothing about the failure other than its status is revealed.
 */
@RestController
public class ProblemErrorController implements ErrorController {

	@RequestMapping(path = "${spring.web.error.path:/error}", produces = { MediaType.APPLICATION_PROBLEM_JSON_VALUE,
			MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE })
	ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
		HttpStatusCode status = statusOf(request);
		String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String detail = status.is5xxServerError()
				? "Something went wrong on our side. The request id identifies it in our logs."
				: reasonPhrase(status);
		ProblemDetail problem = Problems.of(status, Problems.kindFor(status), reasonPhrase(status), detail, path);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	private static HttpStatusCode statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code instanceof Integer value && value >= 400 && value <= 599) {
			return HttpStatusCode.valueOf(value);
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String reasonPhrase(HttpStatusCode status) {
		HttpStatus known = HttpStatus.resolve(status.value());
		return (known != null) ? known.getReasonPhrase() : "HTTP " + status.value();
	}

}
