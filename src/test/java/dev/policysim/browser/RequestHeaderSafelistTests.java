package dev.policysim.browser;

import dev.policysim.http.HttpHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestHeaderSafelistTests {

	@ParameterizedTest(name = "{0}: {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Accept           | application/json               | true
			Accept           | application/json; q="1"        | false
			Accept-Language  | fr-CH, de;q=0.9                | true
			Accept-Language  | fr@ch                          | false
			Content-Language | de-CH                          | true
			Content-Type     | text/plain                     | true
			Content-Type     | Text/Plain;charset=utf-8       | true
			Content-Type     | text/plain;                    | true
			Content-Type     | multipart/form-data; boundary=x | true
			Content-Type     | application/x-www-form-urlencoded | true
			Content-Type     | application/json               | false
			Content-Type     | text/plain garbage             | false
			Content-Type     | text /plain                    | false
			Content-Type     | text/plain, text/plain         | false
			Content-Type     | application/www-form-urlencoded | false
			Range            | bytes=0-99                     | true
			Range            | bytes=200-                     | true
			Range            | bytes=-500                     | false
			Range            | bytes=100-50                   | false
			Range            | bytes=0-1,5-6                  | false
			DPR              | 2                              | true
			DPR              | 1.5                            | true
			DPR              | 2x                             | false
			Width            | 1280                           | true
			Width            | 12.5                           | false
			ECT              | 4g                             | true
			ECT              | 5g                             | false
			Save-Data        | On                             | true
			Intervention     | anything at all                | true
			X-Api-Key        | k                              | false
			Authorization    | Bearer t                       | false
			""")
	void decidesLikeChromium(String name, String value, boolean safelisted) {
		assertThat(RequestHeaderSafelist.isSafelisted(name, value)).isEqualTo(safelisted);
	}

	@ParameterizedTest(name = "{0} bytes")
	@CsvSource({ "128, true", "129, false" })
	void limitsASafelistedValueTo128Bytes(int length, boolean safelisted) {
		String value = "text/plain;x=" + "a".repeat(length - "text/plain;x=".length());
		assertThat(RequestHeaderSafelist.isSafelisted("Content-Type", value)).isEqualTo(safelisted);
	}

	@ParameterizedTest
	@CsvSource({ "X-B, X-A, 'x-a,x-b'", "Content-Type, X-Custom, 'content-type,x-custom'" })
	void listsUnsafeNamesLowerCasedAndSorted(String first, String second, String expected) {
		HttpHeaders headers = HttpHeaders.of(first, "application/json", second, "1", "Accept", "*/*");
		assertThat(String.join(",", RequestHeaderSafelist.unsafeNames(headers))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "Cookie", "Origin", "Sec-Fetch-Site", "Proxy-Authorization", "Host", "Content-Length" })
	void leavesForbiddenHeadersOut(String name) {
		assertThat(RequestHeaderSafelist.unsafeNames(HttpHeaders.of(name, "x"))).isEmpty();
	}

	@ParameterizedTest(name = "{0} headers of 128 bytes")
	@CsvSource({ "8, 0", "9, 9" })
	void makesAllSafelistedNamesUnsafeBeyond1024Bytes(int count, int unsafe) {
		String[] names = { "Accept", "Accept-Language", "Content-Language", "Intervention", "Width", "Viewport-Width",
				"RTT", "DPR", "Downlink" };
		HttpHeaders headers = HttpHeaders.EMPTY;
		for (int i = 0; i < count; i++) {
			headers = headers.with(names[i], names[i].equals("Accept") || names[i].contains("Language")
					|| names[i].equals("Intervention") ? "a".repeat(128) : "1".repeat(128));
		}
		assertThat(RequestHeaderSafelist.unsafeNames(headers)).hasSize(unsafe);
	}

}
