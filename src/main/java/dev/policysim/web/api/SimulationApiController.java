package dev.policysim.web.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import dev.policysim.simulation.SimulationJson;
import dev.policysim.simulation.SimulationReport;
import dev.policysim.simulation.scenario.ScenarioInputException;
import dev.policysim.store.Permalink;
import dev.policysim.store.Permalinks;
import dev.policysim.store.ScenarioSource;
import dev.policysim.web.NotFoundException;
import dev.policysim.web.share.Simulations;
import dev.policysim.workspace.WorkspaceFiles;
import dev.policysim.workspace.WorkspaceInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code POST /api/v1/simulations} runs a scenario over an uploaded workspace and saves the result
 * as a permalink; {@code GET /api/v1/simulations/{id}} answers the saved report with its inputs.
 */
@RestController
@Tag(name = "simulations", description = "Simulate a scenario and keep the result under a permalink")
class SimulationApiController {

	static final String NOT_FOUND = "There is no saved simulation with this id.";

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final WorkspaceUploads uploads;

	private final Simulations simulations;

	private final Permalinks permalinks;

	SimulationApiController(WorkspaceUploads uploads, Simulations simulations, Permalinks permalinks) {
		this.uploads = uploads;
		this.simulations = simulations;
		this.permalinks = permalinks;
	}

	@Operation(summary = "Simulate a scenario and save it as a permalink",
			description = "Replays every request of the scenario (formats.md §2, or a HAR from Chrome DevTools) as "
					+ "Chromium would, through a simulated gateway running the workspace's policies, explains each "
					+ "outcome, and saves an immutable snapshot (files, scenario, gateway profile, app version, "
					+ "report) under a random id.")
	@ApiResponse(responseCode = "201", description = "The report of formats.md §3 plus id, permalink (the read-only "
			+ "page) and api (this resource's URL, also in Location).",
			headers = @Header(name = "Location", description = "GET /api/v1/simulations/{id}"),
			content = @Content(mediaType = "application/json", schema = @Schema(type = "object",
					example = "{\"id\":\"3kT9...\",\"permalink\":\"http://localhost:8080/s/3kT9...\",\"api\":"
							+ "\"http://localhost:8080/api/v1/simulations/3kT9...\",\"scenario\":\"name\",\"profile\":"
							+ "{\"name\":\"apim-2026-11\",\"terminateUnmatchedDefault\":true,\"corsHeadersOnLaterErrors\":true,"
							+ "\"subscriptionCheckBeforePolicies\":true},\"requests\":[],\"summary\":{\"requests\":6,"
							+ "\"delivered\":5,\"blocked\":1,\"expectationsFailed\":1}}")))
	@ApiResponse(responseCode = "400", description = "An unusable workspace upload, or a scenario that cannot be read "
			+ "(the problem's field, line and column name the place, e.g. requests[2].credentials), or no scenario at all.",
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "413", description = ApiDocs.TOO_LARGE,
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "415", description = ApiDocs.WRONG_TYPE,
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@PostMapping(path = "/api/v1/simulations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<String> simulate(@Parameter(description = ApiDocs.WORKSPACE) @RequestPart("workspace") MultipartFile workspace,
			@Parameter(description = "The scenario: scenario.json (formats.md §2) or a .har file. Without it, the "
					+ "workspace's own scenario.json.")
			@RequestPart(name = "scenario", required = false) @Nullable MultipartFile scenario,
			@Parameter(description = "After how many days the permalink expires (then 410 Gone, and purged); "
					+ "1 to 3650, without it never.", schema = @Schema(type = "integer", minimum = "1", maximum = "3650",
							example = "30"))
			@RequestParam(name = "expiresInDays", required = false) @Nullable Integer expiresInDays)
			throws WorkspaceInputException, IOException {
		Optional<Integer> expiry = Optional.ofNullable(expiresInDays);
		Simulations.lifetime(expiry);
		WorkspaceFiles files = this.uploads.read(workspace);
		ScenarioSource source = scenario(scenario, files);
		SimulationReport report = this.simulations.run(files, source);
		String id = this.simulations.save(files, source, report, expiry);
		ObjectNode body = MAPPER.createObjectNode();
		links(body, id);
		body.setAll(new SimulationJson().toJson(report));
		return ResponseEntity.created(apiUri(id)).contentType(MediaType.APPLICATION_JSON).body(MAPPER.writeValueAsString(body));
	}

	@Operation(summary = "A saved simulation with its inputs",
			description = "The report exactly as it was saved (never re-run), the scenario as written, the gateway "
					+ "profile, the app version, when it was created and when it expires, and the workspace's files "
					+ "(path and sha-256; the contents as a zip at workspaceZip).")
	@ApiResponse(responseCode = "200", description = "id, permalink, api, created, expires, appVersion, profile, "
			+ "scenario {name, format, text}, workspace {files [{path, sha256}], zip}, report (formats.md §3).",
			content = @Content(mediaType = "application/json", schema = @Schema(type = "object")))
	@ApiResponse(responseCode = "404", description = "No simulation has this id (never had, or purged after expiry).",
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "410", description = "The simulation existed but its expiry has passed.",
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@GetMapping(path = "/api/v1/simulations/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> saved(@Parameter(description = "The id in the permalink") @PathVariable String id) {
		Permalink permalink = this.permalinks.find(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
		ObjectNode body = MAPPER.createObjectNode();
		links(body, permalink.id());
		body.put("created", permalink.created().toString());
		body.put("expires", permalink.expires().map(Object::toString).orElse(null));
		body.put("appVersion", permalink.appVersion());
		ObjectNode profile = body.putObject("profile");
		profile.put("name", permalink.profile().name());
		profile.put("terminateUnmatchedDefault", permalink.profile().terminateUnmatchedDefault());
		profile.put("corsHeadersOnLaterErrors", permalink.profile().corsHeadersOnLaterErrors());
		profile.put("subscriptionCheckBeforePolicies", permalink.profile().subscriptionCheckBeforePolicies());
		ObjectNode scenario = body.putObject("scenario");
		scenario.put("name", permalink.scenarioName());
		scenario.put("format", permalink.scenario().format().name().toLowerCase(java.util.Locale.ROOT));
		scenario.put("text", permalink.scenario().text());
		ObjectNode workspace = body.putObject("workspace");
		workspace.put("zip", apiUri(permalink.id()) + "/workspace.zip");
		tools.jackson.databind.node.ArrayNode listed = workspace.putArray("files");
		permalink.files().forEach((file) -> listed.addObject().put("path", file.path()).put("sha256", file.sha256()));
		body.set("report", MAPPER.readTree(permalink.reportJson()));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(MAPPER.writeValueAsString(body));
	}

	@Operation(summary = "The files of a saved simulation's workspace, as a zip")
	@ApiResponse(responseCode = "200", description = "The workspace exactly as it was simulated.",
			content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
	@ApiResponse(responseCode = "404", description = "No simulation has this id.",
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "410", description = "The simulation has expired.",
			content = @Content(mediaType = ApiDocs.PROBLEM, schema = @Schema(implementation = ProblemDetail.class)))
	@GetMapping(path = "/api/v1/simulations/{id}/workspace.zip", produces = "application/zip")
	ResponseEntity<byte[]> workspace(@PathVariable String id) {
		WorkspaceFiles files = this.permalinks.files(id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header("Content-Disposition", ContentDisposition.attachment().filename("simulation-" + id + ".zip").build().toString())
			.body(files.toZip());
	}

	private ScenarioSource scenario(@Nullable MultipartFile upload, WorkspaceFiles files) throws IOException {
		if (upload != null && !upload.isEmpty()) {
			return Simulations.source(Optional.ofNullable(upload.getOriginalFilename()),
					new String(upload.getBytes(), StandardCharsets.UTF_8));
		}
		String text = files.text(Simulations.SCENARIO_FILE)
			.orElseThrow(() -> new ScenarioInputException("scenario", Optional.empty(),
					"missing: send a scenario part (scenario.json or a .har) or put scenario.json in the workspace"));
		return new ScenarioSource(text, ScenarioSource.Format.JSON);
	}

	private static void links(ObjectNode body, String id) {
		body.put("id", id);
		body.put("permalink", ServletUriComponentsBuilder.fromCurrentContextPath().path("/s/{id}").build(id).toString());
		body.put("api", apiUri(id).toString());
	}

	private static URI apiUri(String id) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/simulations/{id}").build(id);
	}

}
