package dev.policysim.gateway;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON Web Token's claims, decoded without checking the signature: the simulator has no keys,
 * and what a report needs is which claim check a request fails.
 *
 * @param claims the payload, a JSON object
 */
record JwtToken(JsonNode claims) {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	JwtToken {
		Objects.requireNonNull(claims, "claims");
	}

	/**
	 * Decodes a compact JWS ({@code header.payload.signature}).
	 * @param token the token text
	 * @return the claims; empty when the token is not three dot-separated parts whose second is
	 * base64url-encoded JSON object text
	 */
	static Optional<JwtToken> decode(String token) {
		int first = token.indexOf('.');
		int second = (first < 0) ? -1 : token.indexOf('.', first + 1);
		if (first <= 0 || second < 0 || token.indexOf('.', second + 1) >= 0) {
			return Optional.empty();
		}
		try {
			byte[] payload = Base64.getUrlDecoder().decode(token.substring(first + 1, second));
			@Nullable JsonNode claims = MAPPER.readTree(new String(payload, StandardCharsets.UTF_8));
			return (claims != null && claims.isObject()) ? Optional.of(new JwtToken(claims)) : Optional.empty();
		}
		catch (IllegalArgumentException | JacksonException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A numeric claim, such as {@code exp}.
	 * @param name the claim
	 * @return seconds since the epoch; empty when absent or not a number
	 */
	Optional<Long> seconds(String name) {
		JsonNode node = this.claims.path(name);
		return node.isNumber() ? Optional.of(node.asLong()) : Optional.empty();
	}

	/**
	 * A claim's values: a string, a number, or each element of an array; a string is split by
	 * {@code separator} when one is given (required-claims {@code separator}).
	 * @param name the claim
	 * @param separator the separator, or empty
	 * @return the values; empty when the claim is absent
	 */
	List<String> values(String name, String separator) {
		JsonNode node = this.claims.path(name);
		List<String> values = new ArrayList<>();
		if (node.isArray()) {
			node.forEach((item) -> values.add(item.asString()));
		}
		else if (node.isString() && !separator.isEmpty()) {
			split(node.asString(), separator, values);
		}
		else if (node.isValueNode() && !node.isNull()) {
			values.add(node.asString());
		}
		return values;
	}

	private static void split(String text, String separator, List<String> into) {
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf(separator, start);
			end = (end < 0) ? text.length() : end;
			into.add(text.substring(start, end));
			start = end + separator.length();
		}
	}

}
