package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * An operation's URL template, relative to its API's path ({@code /{orderId}/lines}), compiled once
 * into segments. A segment is a literal, a parameter ({@code {orderId}}), a parameter between
 * literals ({@code items({id})}), or a trailing wildcard ({@code {*rest}}). Literals compare
 * case-insensitively (assumed: APIM's URL matching ignores case); the query part of a template
 * does not take part in matching. Of several matching templates, the one with fewer parameters wins,
 * then the one with more literal text (assumed: the reference names no tie-break).
 */
final class UrlTemplate {

	private final List<Segment> segments;

	private final int parameters;

	private final int literals;

	private UrlTemplate(List<Segment> segments) {
		this.segments = segments;
		this.parameters = (int) segments.stream().filter((segment) -> segment.parameter() != null).count();
		this.literals = segments.stream().mapToInt((segment) -> segment.prefix().length() + segment.suffix().length()).sum();
	}

	static UrlTemplate compile(String template) {
		int query = template.indexOf('?');
		String path = (query < 0) ? template : template.substring(0, query);
		List<Segment> segments = new ArrayList<>();
		for (String part : split(path)) {
			segments.add(Segment.of(part));
		}
		return new UrlTemplate(List.copyOf(segments));
	}

	/**
	 * The non-empty segments of a path.
	 * @param path e.g. {@code /42/lines/}
	 * @return {@code [42, lines]}; empty for {@code /} or the empty path
	 */
	static List<String> split(String path) {
		List<String> parts = new ArrayList<>();
		int start = 0;
		while (start <= path.length()) {
			int end = path.indexOf('/', start);
			end = (end < 0) ? path.length() : end;
			if (end > start) {
				parts.add(path.substring(start, end));
			}
			start = end + 1;
		}
		return parts;
	}

	/** How many parameters the template has: fewer wins a tie between matching templates. */
	int parameterCount() {
		return this.parameters;
	}

	/**
	 * The first segment when it is a plain literal, in lower case, so a router can index templates
	 * by it.
	 * @return the literal; empty when the template starts with a parameter or has no segment
	 */
	Optional<String> firstLiteral() {
		if (this.segments.isEmpty() || this.segments.get(0).parameter() != null) {
			return Optional.empty();
		}
		return Optional.of(this.segments.get(0).prefix());
	}

	/** How many literal characters the template has: among equals in parameters, more wins. */
	int literalLength() {
		return this.literals;
	}

	/**
	 * Matches the path segments after the API's path.
	 * @param parts the request's segments
	 * @param lowerParts the same segments in lower case, computed once per request
	 * @return the template parameters and their values; empty when the template does not match
	 */
	Optional<Map<String, String>> match(List<String> parts, List<String> lowerParts) {
		boolean wildcard = !this.segments.isEmpty() && this.segments.get(this.segments.size() - 1).wildcard();
		if (!wildcard && parts.size() != this.segments.size()) {
			return Optional.empty();
		}
		Map<String, String> values = (this.parameters == 0) ? Map.of() : new HashMap<>();
		for (int i = 0; i < this.segments.size(); i++) {
			Segment segment = this.segments.get(i);
			if (segment.wildcard()) {
				values.put(segment.parameterName(), String.join("/", parts.subList(Math.min(i, parts.size()), parts.size())));
				return Optional.of(values);
			}
			if (i >= parts.size() || !segment.matches(parts.get(i), lowerParts.get(i), values)) {
				return Optional.empty();
			}
		}
		return Optional.of(values);
	}

	/**
	 * One segment of a template: {@code prefix{parameter}suffix}, or a literal when there is no
	 * parameter.
	 */
	private record Segment(String prefix, @Nullable String parameter, String suffix, boolean wildcard) {

		static Segment of(String part) {
			int open = part.indexOf('{');
			int close = part.indexOf('}', open + 1);
			if (open < 0 || close < 0) {
				return new Segment(part.toLowerCase(Locale.ROOT), null, "", false);
			}
			String name = part.substring(open + 1, close);
			boolean wildcard = name.startsWith("*") && open == 0 && close == part.length() - 1;
			return new Segment(part.substring(0, open).toLowerCase(Locale.ROOT), wildcard ? name.substring(1) : name,
					part.substring(close + 1).toLowerCase(Locale.ROOT), wildcard);
		}

		String parameterName() {
			return (this.parameter != null) ? this.parameter : "";
		}

		boolean matches(String part, String lower, Map<String, String> values) {
			if (this.parameter == null) {
				return lower.equals(this.prefix);
			}
			int valueLength = part.length() - this.prefix.length() - this.suffix.length();
			if (valueLength <= 0 || !lower.startsWith(this.prefix) || !lower.endsWith(this.suffix)) {
				return false;
			}
			values.put(this.parameter, part.substring(this.prefix.length(), this.prefix.length() + valueLength));
			return true;
		}

	}

}
