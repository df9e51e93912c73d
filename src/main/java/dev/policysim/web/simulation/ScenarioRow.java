package dev.policysim.web.simulation;

import java.util.List;
import java.util.Objects;

/**
 * One request of the scenario editor's table, as the user sees and types it: every cell is text,
 * empty for "the default", so a bad value comes back exactly as typed next to its error.
 *
 * @param source the request's index in the stored scenario; -1 for a new row
 * @param name its name
 * @param page the page's origin; empty for the scenario's
 * @param method the method; empty for GET
 * @param url the URL or path on the gateway; empty removes the request
 * @param headers one {@code Name: value} per line
 * @param credentials omit, same-origin or include; empty for same-origin
 * @param clientIp the caller's address; empty for the default
 * @param repeat how many sends; empty for 1
 * @param interval seconds between sends; empty for 1
 * @param expect delivered or blocked; empty for no expectation
 * @param others the request's other fields ({@code body}, {@code at}, ...), kept as they are and
 * edited in the JSON tab
 */
public record ScenarioRow(int source, String name, String page, String method, String url, String headers,
		String credentials, String clientIp, String repeat, String interval, String expect, List<String> others) {

	/** The cells of a row, by their name in {@code scenario.json}, in table order. */
	static final List<String> CELLS = List.of("name", "page", "method", "url", "headers", "credentials", "clientIp",
			"repeat", "interval", "expect");

	public ScenarioRow {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(page, "page");
		Objects.requireNonNull(method, "method");
		Objects.requireNonNull(url, "url");
		Objects.requireNonNull(headers, "headers");
		Objects.requireNonNull(credentials, "credentials");
		Objects.requireNonNull(clientIp, "clientIp");
		Objects.requireNonNull(repeat, "repeat");
		Objects.requireNonNull(interval, "interval");
		Objects.requireNonNull(expect, "expect");
		others = List.copyOf(others);
	}

	/** An empty row, for adding a request. */
	static ScenarioRow blank() {
		return new ScenarioRow(-1, "", "", "", "", "", "", "", "", "", "", List.of());
	}

	/** Whether the row asks for no request: no URL typed. */
	boolean isEmpty() {
		return this.url.isBlank();
	}

}
