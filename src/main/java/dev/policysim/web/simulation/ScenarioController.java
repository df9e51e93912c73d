package dev.policysim.web.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import dev.policysim.gateway.GatewayProfile;
import dev.policysim.simulation.scenario.HarReader;
import dev.policysim.simulation.scenario.Scenario;
import dev.policysim.simulation.scenario.ScenarioInputException;
import dev.policysim.simulation.scenario.ScenarioReader;
import dev.policysim.store.WorkspaceStore;
import dev.policysim.store.WorkspaceSummary;
import dev.policysim.web.NotFoundException;
import dev.policysim.web.OpenWorkspace;
import dev.policysim.web.WorkspaceAccess;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The scenario editor: the workspace's {@code scenario.json} as a table of requests and as JSON,
 * both editable, and a HAR upload that turns DevTools' recording into a scenario. Every save is
 * read by the same strict reader as a run, so a scenario that cannot run is never stored; on an
 * error the page comes back with everything as typed and the message next to its field.
 */
@Controller
class ScenarioController {

	static final String VIEW = "simulation/scenario";

	/** What a workspace without scenario starts from, in the JSON tab and the table. */
	static final String STARTER = """
			{
			  "name": "my scenario",
			  "gateway": "https://contoso.azure-api.net",
			  "page": "https://portal.contoso.com",
			  "requests": [
			    { "name": "first request", "method": "GET", "url": "/", "expect": "delivered" }
			  ]
			}
			""";

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final WorkspaceAccess access;

	private final WorkspaceStore store;

	private final ScenarioReader reader;

	private final HarReader har;

	ScenarioController(WorkspaceAccess access, WorkspaceStore store, ScenarioReader reader, HarReader har) {
		this.access = access;
		this.store = store;
		this.reader = reader;
		this.har = har;
	}

	@GetMapping("/{mode:w|v}/{id}/scenario")
	ModelAndView show(@PathVariable String mode, @PathVariable String id,
			@RequestParam(defaultValue = "table") String tab) {
		OpenWorkspace workspace = this.access.open(mode, id);
		String text = stored(workspace);
		return page(workspace, tab.equals("json") ? "json" : "table", text, table(text), HttpStatus.OK);
	}

	@PostMapping("/w/{editId}/scenario/json")
	ModelAndView saveJson(@PathVariable String editId, @RequestParam String json,
			@RequestParam(defaultValue = "") String then) {
		OpenWorkspace workspace = this.access.edit(editId);
		try {
			this.reader.read(json);
		}
		catch (ScenarioInputException ex) {
			String stored = stored(workspace);
			return page(workspace, "json", json, table(stored), HttpStatus.UNPROCESSABLE_CONTENT)
				.addObject("jsonError", ScenarioError.of(ex));
		}
		return save(workspace, json, "Edit the scenario as JSON", then, "json");
	}

	@PostMapping("/w/{editId}/scenario/table")
	ModelAndView saveTable(@PathVariable String editId, @RequestParam MultiValueMap<String, String> form) {
		OpenWorkspace workspace = this.access.edit(editId);
		String stored = stored(workspace);
		ScenarioTable table = ScenarioTable.of(form);
		ScenarioTableEdit edit = new ScenarioTableEdit(table);
		String text;
		try {
			text = JSON.writeValueAsString(edit.applyTo(parse(stored).orElse(JSON.createObjectNode()), JSON)) + "\n";
			this.reader.read(text);
		}
		catch (ScenarioInputException ex) {
			ModelAndView page = page(workspace, "table", stored, Optional.of(table), HttpStatus.UNPROCESSABLE_CONTENT);
			Optional<String> cell = edit.cellOf(ex.field());
			if (cell.isPresent()) {
				return page.addObject("errors", Map.of(cell.get(), ex.reason()));
			}
			return page.addObject("tableError", (ex.field().isEmpty() ? "" : ex.field() + ": ") + ex.reason());
		}
		return save(workspace, text, "Edit the scenario in the table", first(form, "then"), "table");
	}

	/** Converts a HAR file into the JSON tab, unsaved, so the user checks it before it replaces anything. */
	@PostMapping("/w/{editId}/scenario/har")
	ModelAndView convertHar(@PathVariable String editId, @RequestParam("har") MultipartFile file) throws IOException {
		OpenWorkspace workspace = this.access.edit(editId);
		String stored = stored(workspace);
		String name = (file.getOriginalFilename() == null) ? "the file" : file.getOriginalFilename();
		if (file.isEmpty()) {
			return page(workspace, "table", stored, table(stored), HttpStatus.UNPROCESSABLE_CONTENT)
				.addObject("harError", "Choose a HAR file saved by DevTools (Network tab, \"Save all as HAR\").");
		}
		Scenario scenario;
		try {
			scenario = this.har.read(new String(file.getBytes(), StandardCharsets.UTF_8));
		}
		catch (ScenarioInputException ex) {
			return page(workspace, "table", stored, table(stored), HttpStatus.UNPROCESSABLE_CONTENT)
				.addObject("harError", ex.messageFor(name));
		}
		String json = JSON.writeValueAsString(HarImport.toJson(scenario, JSON)) + "\n";
		return page(workspace, "json", json, table(stored), HttpStatus.OK).addObject("notice",
				"Converted " + scenario.requests().size() + " requests from " + name
						+ ". Nothing is saved yet: check the scenario, then save it.");
	}

	private ModelAndView save(OpenWorkspace workspace, String text, String message, String then, String tab) {
		String editId = workspace.summary().editId();
		WorkspaceSummary saved = this.store
			.save(editId, workspace.files().with(ScenarioRun.FILE, text.getBytes(StandardCharsets.UTF_8)), message)
			.orElseThrow(() -> new NotFoundException("There is no workspace at this address."));
		String next = then.equals("run") ? "/w/" + editId + "/run"
				: "/w/" + editId + "/scenario?tab=" + tab + "&saved=" + saved.currentRevision();
		return new ModelAndView("redirect:" + next);
	}

	private static ModelAndView page(OpenWorkspace workspace, String tab, String json, Optional<ScenarioTable> table,
			HttpStatus status) {
		ModelAndView page = new ModelAndView(VIEW, status);
		page.addObject("ws", workspace);
		page.addObject("tab", tab);
		page.addObject("json", json);
		page.addObject("hasScenario", workspace.files().text(ScenarioRun.FILE).isPresent());
		table.ifPresent((found) -> page.addObject("table", found));
		page.addObject("settings", ProfileSetting.of(GatewayProfile.DEFAULT));
		page.addObject("errors", Map.of());
		return page;
	}

	private static String stored(OpenWorkspace workspace) {
		return workspace.files().text(ScenarioRun.FILE).orElse(STARTER);
	}

	private static Optional<ScenarioTable> table(String text) {
		return parse(text).filter(JsonNode::isObject).map(ScenarioTable::of);
	}

	private static Optional<JsonNode> parse(String text) {
		try {
			return Optional.of(JSON.readTree(text));
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	private static String first(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return (value != null) ? value : "";
	}

}
