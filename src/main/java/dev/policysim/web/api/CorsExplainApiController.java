package dev.policysim.web.api;

import java.util.List;

import dev.policysim.browser.explain.ExplainCaseReader;
import dev.policysim.browser.explain.ExplainInput;
import dev.policysim.browser.explain.ExplainJsonWriter;
import dev.policysim.browser.explain.ExplainResult;
import dev.policysim.browser.explain.Explainer;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/cors/explain}: what Chromium does with recorded headers (formats.md §4). */
@RestController
@Tag(name = "cors", description = "What Chromium does with recorded CORS headers")
class CorsExplainApiController {

	static final String CASE_EXAMPLE = "{\"id\":\"case-1\",\"page\":\"https://portal.contoso.com\",\"request\":{\"method\":"
			+ "\"PUT\",\"url\":\"https://contoso.azure-api.net/orders/1\",\"headers\":{\"Content-Type\":"
			+ "\"application/json\"},\"credentials\":\"include\"},\"preflightResponse\":{\"status\":200,\"headers\":"
			+ "{\"Access-Control-Allow-Origin\":\"https://portal.contoso.com\"}},\"response\":{\"status\":200,"
			+ "\"headers\":{}},\"redirectResponse\":null}";

	@Operation(summary = "Explain recorded request and response headers",
			description = "Takes one case or an array of cases (formats.md §4: the page origin, the request as the "
					+ "script makes it, the recorded preflight, response and redirect responses) and tells whether a "
					+ "preflight is sent, whether Chromium delivers or blocks, its corsError and console line, the "
					+ "headers script can read, and the fix on the server side. Same logic as the explain page.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "One case or an array of cases",
					content = @Content(mediaType = "application/json", schema = @Schema(type = "object"),
							examples = @ExampleObject(name = "one case", value = CASE_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "The verdicts, in the shape of the input (an object for an object, "
			+ "an array for an array): id, preflightRequired, preflightRequest, outcome, corsError, failedParameter, "
			+ "console, readable, explanation, fix, status.",
			content = @Content(mediaType = "application/json", schema = @Schema(type = "object",
					example = "{\"id\":\"case-1\",\"preflightRequired\":true,\"preflightRequest\":{\"Access-Control-Request-Method\":"
							+ "\"PUT\",\"Access-Control-Request-Headers\":\"content-type\"},\"outcome\":\"blocked\",\"corsError\":"
							+ "\"PreflightInvalidAllowCredentials\",\"failedParameter\":\"\",\"console\":\"Access to fetch at ...\","
							+ "\"readable\":[],\"explanation\":\"...\",\"fix\":\"...\"}")))
	@ApiResponse(responseCode = "400", description = "Not JSON, or a missing or invalid field; the detail names it "
			+ "(e.g. [1].request.credentials).",
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = "The body is not application/json (RFC 9457 problem).",
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping(path = "/api/v1/cors/explain", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> explain(@RequestBody String json) {
		ExplainInput input = ExplainCaseReader.read(json);
		List<ExplainResult> results = Explainer.explain(input);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.body(ExplainJsonWriter.write(results, input.array()));
	}

}
