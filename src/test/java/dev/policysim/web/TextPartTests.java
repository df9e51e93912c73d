package dev.policysim.web;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextPartTests {

	static Stream<Arguments> texts() {
		return Stream.of(Arguments.of("", List.of()), Arguments.of("plain", List.of(text("plain"))),
				Arguments.of("forgets its `<base/>`.", List.of(text("forgets its "), code("<base/>"), text("."))),
				Arguments.of("`a` and `b`", List.of(code("a"), text(" and "), code("b"))),
				Arguments.of("one ` alone", List.of(text("one ` alone"))),
				Arguments.of("`a` then ` alone", List.of(code("a"), text(" then ` alone"))),
				Arguments.of("empty `` code", List.of(text("empty "), text(" code"))));
	}

	@ParameterizedTest
	@MethodSource("texts")
	void splitsMarkdownAtItsBackticks(String markdown, List<TextPart> parts) {
		assertThat(TextPart.parse(markdown)).isEqualTo(parts);
	}

	private static TextPart text(String text) {
		return new TextPart(text, false);
	}

	private static TextPart code(String text) {
		return new TextPart(text, true);
	}

}
