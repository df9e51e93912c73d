package dev.policysim.browser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.policysim.http.HttpHeader;
import dev.policysim.http.HttpHeaders;

/**
 * Which request headers need a preflight, as Chromium decides it ({@code IsCorsSafelistedHeader}
 * and {@code CorsUnsafeNotForbiddenRequestHeaderNames}). Beyond the Fetch standard's
 * {@code Accept}, {@code Accept-Language}, {@code Content-Language}, {@code Content-Type} and
 * {@code Range}, Chromium also safelists {@code Intervention} and the old client-hint headers
 * ({@code DPR}, {@code Width}, …) that scripts can still set.
 */
public final class RequestHeaderSafelist {

	/** A safelisted value longer than this is not safelisted (Fetch, Chromium: 128 bytes). */
	static final int MAX_VALUE_BYTES = 128;

	/** When safelisted values add up to more than this, they all need a preflight too. */
	static final int MAX_TOTAL_BYTES = 1024;

	private static final Set<String> SAFE_ESSENCES = Set.of("application/x-www-form-urlencoded",
			"multipart/form-data", "text/plain");

	private static final Set<String> NO_CORS_NAMES = Set.of("accept", "accept-language", "content-language",
			"content-type");

	private static final Set<String> EFFECTIVE_CONNECTION_TYPES = Set.of("slow-2g", "2g", "3g", "4g");

	private static final Pattern DECIMAL = Pattern.compile("[0-9]+(\\.[0-9]+)?");

	private static final Pattern DIGITS = Pattern.compile("[0-9]+");

	private static final Pattern SIMPLE_RANGE = Pattern.compile("bytes=[0-9]+-[0-9]*");

	private static final String UNSAFE_BYTES = "\"():<>?@[\\]{}\u007f";

	private static final String LANGUAGE_EXTRAS = " *,-.;=";

	private RequestHeaderSafelist() {
	}

	/**
	 * The names that go into {@code Access-Control-Request-Headers}: the non-safelisted, not
	 * forbidden names, lower-cased, de-duplicated and sorted; all safelisted names as well when
	 * their values add up to more than 1024 bytes.
	 * @param headers the request headers as the browser sends them (one line per name)
	 * @return the sorted names; empty when the headers need no preflight
	 */
	public static List<String> unsafeNames(HttpHeaders headers) {
		Set<String> unsafe = new TreeSet<>();
		List<String> safelisted = new ArrayList<>();
		int safelistedBytes = 0;
		for (HttpHeader line : headers.entries()) {
			String lowerName = line.lowerCaseName();
			if (ForbiddenRequestHeaders.isForbiddenLowerCase(lowerName, line.value())) {
				continue;
			}
			if (isSafelistedLowerCase(lowerName, line.value())) {
				safelisted.add(lowerName);
				safelistedBytes += line.value().length();
			}
			else {
				unsafe.add(lowerName);
			}
		}
		if (safelistedBytes > MAX_TOTAL_BYTES) {
			unsafe.addAll(safelisted);
		}
		return List.copyOf(unsafe);
	}

	/**
	 * Whether one header may be sent without a preflight.
	 * @param name the header name, any case
	 * @param value the value as sent
	 * @return {@code true} when Chromium treats the header as CORS-safelisted
	 */
	public static boolean isSafelisted(String name, String value) {
		return isSafelistedLowerCase(name.toLowerCase(Locale.ROOT), value);
	}

	private static boolean isSafelistedLowerCase(String lowerName, String value) {
		if (value.length() > MAX_VALUE_BYTES) {
			return false;
		}
		return switch (lowerName) {
			case "accept" -> noUnsafeByte(value);
			case "accept-language", "content-language" -> isLanguage(value);
			case "content-type" -> isSafelistedContentType(value.toLowerCase(Locale.ROOT));
			case "range" -> isSimpleRange(value.toLowerCase(Locale.ROOT));
			case "intervention" -> true;
			case "device-memory", "dpr", "downlink" -> DECIMAL.matcher(value).matches();
			case "width", "viewport-width", "rtt" -> DIGITS.matcher(value).matches();
			case "ect" -> EFFECTIVE_CONNECTION_TYPES.contains(value);
			case "save-data" -> value.toLowerCase(Locale.ROOT).equals("on");
			default -> false;
		};
	}

	/**
	 * Whether a header survives the "no-cors" request guard: only these four names, with safelisted
	 * values; anything else is dropped silently in {@code mode: "no-cors"}.
	 * @param name the header name
	 * @param value the value
	 * @return {@code true} when the header is kept
	 */
	public static boolean isNoCorsSafelisted(String name, String value) {
		return NO_CORS_NAMES.contains(name.toLowerCase(Locale.ROOT)) && isSafelisted(name, value);
	}

	private static boolean noUnsafeByte(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < 0x20 && c != '\t') || UNSAFE_BYTES.indexOf(c) >= 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLanguage(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (!isLanguageChar(value.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLanguageChar(int c) {
		return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || LANGUAGE_EXTRAS.indexOf(c) >= 0;
	}

	/**
	 * Chromium's check: no unsafe byte, then {@code net::ExtractMimeTypeFromMediaType} on the part
	 * before {@code ;} (exactly one {@code /}, both sides tokens once the outer white space is
	 * trimmed), then one of the three essences.
	 */
	private static boolean isSafelistedContentType(String lowerValue) {
		if (!noUnsafeByte(lowerValue)) {
			return false;
		}
		int semicolon = lowerValue.indexOf(';');
		String mimeType = (semicolon < 0) ? lowerValue : lowerValue.substring(0, semicolon);
		int slash = mimeType.indexOf('/');
		if (slash < 0 || mimeType.indexOf('/', slash + 1) >= 0) {
			return false;
		}
		String type = mimeType.substring(0, slash).stripLeading();
		String subtype = mimeType.substring(slash + 1).stripTrailing();
		return HttpTokens.isToken(type) && HttpTokens.isToken(subtype) && SAFE_ESSENCES.contains(type + "/" + subtype);
	}

	/** A single {@code bytes=N-} or {@code bytes=N-M} range, no white space, no suffix range. */
	private static boolean isSimpleRange(String lowerValue) {
		if (!SIMPLE_RANGE.matcher(lowerValue).matches()) {
			return false;
		}
		String[] bounds = lowerValue.substring("bytes=".length()).split("-", -1);
		if (bounds[1].isEmpty()) {
			return true;
		}
		try {
			return Long.parseLong(bounds[0]) <= Long.parseLong(bounds[1]);
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

}
