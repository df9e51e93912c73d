package dev.policysim.web.api;

import java.util.Locale;
import java.util.Optional;

import dev.policysim.analysis.Analyzer;
import dev.policysim.analysis.LintJson;
import dev.policysim.analysis.LintReport;
import dev.policysim.analysis.LintSarif;
import dev.policysim.analysis.SourceLines;
import dev.policysim.store.Permalinks;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/v1/lint}: every rule over every effective policy of an uploaded workspace (formats.md §5). */
@RestController
@Tag(name = "lint", description = "Lint findings of a workspace, as JSON or SARIF")
class LintApiController {

	static final MediaType SARIF = MediaType.parseMediaType("application/sarif+json");

	private final WorkspaceUploads uploads;

	private final String version;

	LintApiController(WorkspaceUploads uploads, Permalinks permalinks) {
		this.uploads = uploads;
		this.version = permalinks.appVersion();
	}

	@Operation(summary = "Lint a workspace",
			description = "Runs every rule over every effective policy of the workspace (each operation under no "
					+ "product and under each product containing its API) and reports each problem once, at the "
					+ "source element that causes it. Files that cannot be read are findings (xml-invalid, "
					+ "file-invalid), not failures.")
	@ApiResponse(responseCode = "200", description = "The lint JSON of formats.md §5: findings, summary, exempted; "
			+ "with format=sarif a SARIF 2.1.0 log for code scanning.",
			content = { @Content(mediaType = "application/json", schema = @Schema(type = "object",
					example = "{\"findings\":[{\"rule\":\"base-missing\",\"severity\":\"error\",\"message\":\"...\","
							+ "\"file\":\"apis/test-api/policy.xml\",\"line\":2,\"column\":3,\"scope\":\"api\","
							+ "\"scopeName\":\"test-api\",\"context\":{\"api\":\"test-api\",\"operation\":\"get-test-call\","
							+ "\"product\":null},\"fix\":\"Add <base/> as the first element of <inbound>.\"}],"
							+ "\"summary\":{\"error\":1,\"warning\":0,\"info\":0},\"exempted\":0}")),
					@Content(mediaType = "application/sarif+json", schema = @Schema(type = "object")) })
	@ApiResponse(responseCode = "400", description = ApiDocs.BAD_UPLOAD,
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = ApiDocs.TOO_LARGE,
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = ApiDocs.WRONG_TYPE,
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping(path = "/api/v1/lint", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<String> lint(@Parameter(description = ApiDocs.WORKSPACE) @RequestPart("workspace") MultipartFile workspace,
			@Parameter(description = "json (formats.md §5, the default) or sarif (SARIF 2.1.0)",
					schema = @Schema(allowableValues = { "json", "sarif" }))
			@RequestParam(name = "format", defaultValue = "json") String format) throws WorkspaceInputException {
		boolean sarif = switch (format.toLowerCase(Locale.ROOT)) {
			case "json" -> false;
			case "sarif" -> true;
			default -> throw new IllegalArgumentException("'" + format + "' is not a format; use json or sarif");
		};
		WorkspaceFiles files = this.uploads.read(workspace);
		LintReport report = new Analyzer().analyze(files);
		if (sarif) {
			return ResponseEntity.ok()
				.contentType(SARIF)
				.body(new LintSarif(this.version, Optional.empty()).write(report, SourceLines.of(files)));
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new LintJson().write(report));
	}

}
