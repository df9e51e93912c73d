package dev.policysim.web.api;

import java.util.Optional;

import dev.policysim.effective.EffectivePolicy;
import dev.policysim.effective.EffectivePolicyCalculator;
import dev.policysim.effective.EffectivePolicyJson;
import dev.policysim.effective.PolicyContext;
import dev.policysim.workspace.Workspace;
import dev.policysim.workspace.WorkspaceInputException;
import dev.policysim.workspace.WorkspaceReader;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/effective-policy}: the policy that really runs for one API, operation and product. */
@RestController
@Tag(name = "effective-policy", description = "The flattened policy of one context")
class EffectivePolicyApiController {

	private final WorkspaceUploads uploads;

	private final WorkspaceReader reader;

	EffectivePolicyApiController(WorkspaceUploads uploads, WorkspaceReader reader) {
		this.uploads = uploads;
		this.reader = reader;
	}

	@Operation(summary = "Flatten the policy of one API, operation and product",
			description = "Layers the global, product, API and operation documents the way the gateway does, with "
					+ "fragments inlined and named values substituted; each policy says where it comes from.")
	@ApiResponse(responseCode = "200", description = "The effective-policy JSON of formats.md §5: api, operation, "
			+ "product, sections with each policy's scope, file, line, column and XML, cutOff with reasons, problems.",
			content = @Content(mediaType = "application/json", schema = @Schema(type = "object",
					example = "{\"api\":\"orders\",\"operation\":\"get-order\",\"product\":\"starter\",\"sections\":"
							+ "{\"inbound\":[{\"policy\":\"cors\",\"scope\":\"global\",\"scopeName\":null,\"file\":"
							+ "\"policy.xml\",\"line\":3,\"column\":5,\"xml\":\"<cors>...</cors>\"}],\"backend\":[],"
							+ "\"outbound\":[],\"on-error\":[]},\"cutOff\":[],\"problems\":[]}")))
	@ApiResponse(responseCode = "400", description = "An unknown API, operation or product (the problem lists the "
			+ "valid names in validNames), a missing api parameter, or " + "an unusable upload.",
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = ApiDocs.TOO_LARGE,
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = ApiDocs.WRONG_TYPE,
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping(path = "/api/v1/effective-policy", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<String> effective(
			@Parameter(description = ApiDocs.WORKSPACE) @RequestPart("workspace") MultipartFile workspace,
			@Parameter(description = "The API's name (its folder under apis/)") @RequestParam("api") String api,
			@Parameter(description = "An operation (its operationId); without it, the API-level policy")
			@RequestParam(name = "operation", required = false) @Nullable String operation,
			@Parameter(description = "A product containing the API; without it, no product context (product "
					+ "policies do not run)")
			@RequestParam(name = "product", required = false) @Nullable String product) throws WorkspaceInputException {
		Workspace loaded = this.reader.read(this.uploads.read(workspace));
		EffectivePolicyCalculator calculator = new EffectivePolicyCalculator();
		PolicyContext context = calculator.context(loaded, api, blankless(operation), blankless(product));
		EffectivePolicy policy = calculator.calculate(loaded, context);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new EffectivePolicyJson().write(policy));
	}

	/** A form field left empty means the same as one left out. */
	private static Optional<String> blankless(@Nullable String value) {
		return Optional.ofNullable(value).filter((text) -> !text.isBlank());
	}

}
