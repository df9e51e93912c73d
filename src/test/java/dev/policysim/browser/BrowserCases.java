package dev.policysim.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Loads the case table shared by the unit suite and the Chromium suite. */
final class BrowserCases {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	/** A URL on a {@code .test} host, with optional user info, and its path if it has one. */
	private static final Pattern TEST_URL = Pattern
		.compile("(https?://(?:[^/@\\s'\"\\\\]*@)?[a-z0-9.-]+\\.test)(?![:a-z0-9.-])(/[^\\s'\"\\\\]+)?");

	private BrowserCases() {
	}

	/** The cases as written, for the unit suite. */
	static List<BrowserCase> all() {
		return parse(read());
	}

	/**
	 * The cases with every {@code .test} URL moved to a local port and, when it has a path, under a
	 * per-case prefix, so that Chromium's preflight cache never carries over from one case to the
	 * next.
	 * @param port the local server's port
	 * @param run a prefix unique to this run
	 * @return the rewritten cases
	 */
	static List<BrowserCase> onPort(int port, String run) {
		List<BrowserCase> cases = new ArrayList<>();
		for (BrowserCase original : all()) {
			String text = original.json().toString();
			Matcher urls = TEST_URL.matcher(text);
			StringBuilder moved = new StringBuilder();
			while (urls.find()) {
				String path = (urls.group(2) != null) ? "/" + run + "/" + original.id() + urls.group(2) : "";
				urls.appendReplacement(moved, Matcher.quoteReplacement(urls.group(1) + ":" + port + path));
			}
			urls.appendTail(moved);
			cases.add(new BrowserCase(original.id(), MAPPER.readTree(moved.toString())));
		}
		return cases;
	}

	private static List<BrowserCase> parse(String json) {
		List<BrowserCase> cases = new ArrayList<>();
		for (JsonNode node : MAPPER.readTree(json)) {
			cases.add(new BrowserCase(node.get("id").stringValue(), node));
		}
		return cases;
	}

	private static String read() {
		try (InputStream in = BrowserCases.class.getResourceAsStream("/browser/cases.json")) {
			if (in == null) {
				throw new IllegalStateException("browser/cases.json is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
