package dev.policysim.gateway;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import dev.policysim.policy.Attribute;
import dev.policysim.policy.PolicyElement;
import dev.policysim.policy.PolicyExpressions;
import dev.policysim.policy.PolicyNode;
import dev.policysim.policy.PolicyText;

/**
 * The settings of one {@code cors} element, read once (cors-policy): which origins, methods and
 * headers it allows, what it exposes, and how it treats an unmatched origin.
 *
 * @param credentials {@code allow-credentials} (default false)
 * @param terminateUnmatched {@code terminate-unmatched-request}; empty when the element leaves it
 * out and the profile decides
 * @param anyOrigin whether the origin list is {@code *}
 * @param origins the allowed origins in comparable form ({@link OriginKey}), and as written
 * @param methodsListed whether {@code allowed-methods} is present (absent: only GET and POST)
 * @param anyMethod whether the method list is {@code *}
 * @param methods the allowed methods as written
 * @param anyHeader whether the header list is {@code *}
 * @param headers the allowed headers as written
 * @param exposeHeaders the exposed headers as written
 * @param maxAge {@code preflight-result-max-age} in seconds (default 0)
 */
record CorsRules(boolean credentials, Optional<Boolean> terminateUnmatched, boolean anyOrigin, Set<String> origins,
		boolean methodsListed, boolean anyMethod, List<String> methods, boolean anyHeader, List<String> headers,
		List<String> exposeHeaders, long maxAge) {

	/** Browsers send the key header under this name; APIM's cors allows it unlisted (observed, gateway.md §5). */
	static final String DEFAULT_KEY_HEADER = "Ocp-Apim-Subscription-Key";

	CorsRules {
		Objects.requireNonNull(terminateUnmatched, "terminateUnmatched");
		origins = Set.copyOf(origins);
		methods = List.copyOf(methods);
		headers = List.copyOf(headers);
		exposeHeaders = List.copyOf(exposeHeaders);
	}

	/**
	 * Reads a cors element.
	 * @param cors the element
	 * @param values resolves an attribute value or text that may be an expression
	 * @return the settings
	 */
	static CorsRules read(PolicyElement cors, UnaryOperator<String> values) {
		List<String> origins = texts(cors, "allowed-origins", "origin", values);
		Optional<PolicyElement> methods = cors.element("allowed-methods");
		List<String> methodList = texts(cors, "allowed-methods", "method", values);
		List<String> headerList = texts(cors, "allowed-headers", "header", values);
		Set<String> keys = new HashSet<>();
		origins.forEach((origin) -> keys.add(OriginKey.of(origin).orElse(origin)));
		long maxAge = methods.flatMap((element) -> element.attribute("preflight-result-max-age"))
			.map(values)
			.map(CorsRules::seconds)
			.orElse(0L);
		return new CorsRules(bool(cors, "allow-credentials", values).orElse(false),
				bool(cors, "terminate-unmatched-request", values), origins.contains("*"), keys, methods.isPresent(),
				methodList.contains("*"), methodList, headerList.contains("*"), headerList,
				texts(cors, "expose-headers", "header", values), maxAge);
	}

	/** Whether the element holds an expression anywhere, so its settings must be read per request. */
	static boolean hasExpressions(PolicyElement cors) {
		for (PolicyElement element : cors.descendantsAndSelf()) {
			for (Attribute attribute : element.attributes()) {
				if (attribute.isExpression()) {
					return true;
				}
			}
			for (PolicyNode child : element.children()) {
				if (child instanceof PolicyText text && PolicyExpressions.isExpression(text.text())) {
					return true;
				}
			}
		}
		return false;
	}

	private static List<String> texts(PolicyElement cors, String list, String item, UnaryOperator<String> values) {
		List<String> texts = new ArrayList<>();
		cors.element(list).ifPresent((element) -> element.elements(item)
			.forEach((child) -> texts.add(values.apply(child.text()).strip())));
		return texts;
	}

	private static Optional<Boolean> bool(PolicyElement cors, String attribute, UnaryOperator<String> values) {
		return cors.attribute(attribute).map(values).map((value) -> value.strip().equalsIgnoreCase("true"));
	}

	private static long seconds(String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** Whether the request's {@code Origin} is allowed, compared as APIM compares origins. */
	boolean allowsOrigin(String origin) {
		return this.anyOrigin || this.origins.contains(OriginKey.of(origin).orElse(origin.strip()));
	}

	/** Whether a method is allowed: the list, {@code *}, or GET and POST when the list is absent. */
	boolean allowsMethod(String method) {
		if (!this.methodsListed) {
			return method.equalsIgnoreCase("GET") || method.equalsIgnoreCase("POST");
		}
		return this.anyMethod || this.methods.stream().anyMatch(method::equalsIgnoreCase);
	}

	/**
	 * The requested headers this element does not allow.
	 * @param requested the names from {@code Access-Control-Request-Headers}, lower-cased
	 * @return the refused names in request order; empty when all pass
	 */
	List<String> refusedHeaders(List<String> requested) {
		if (this.anyHeader) {
			return List.of();
		}
		List<String> refused = new ArrayList<>();
		for (String name : requested) {
			boolean listed = name.equalsIgnoreCase(DEFAULT_KEY_HEADER)
					|| this.headers.stream().anyMatch(name::equalsIgnoreCase);
			if (!listed) {
				refused.add(name);
			}
		}
		return refused;
	}

	/** The {@code Access-Control-Allow-Origin} value: the request's origin, or {@code *} for {@code *} without credentials. */
	String allowOrigin(String origin) {
		return (this.anyOrigin && !this.credentials) ? "*" : origin;
	}

	/** The {@code terminate-unmatched-request} value in force under a profile. */
	boolean terminates(GatewayProfile profile) {
		return this.terminateUnmatched.orElse(profile.terminateUnmatchedDefault());
	}

	/** The methods an answer lists when the list is not {@code *}. */
	List<String> listedMethods() {
		return this.methodsListed ? this.methods : List.of("GET", "POST");
	}

}
