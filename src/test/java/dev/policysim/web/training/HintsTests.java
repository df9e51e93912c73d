package dev.policysim.web.training;

import java.util.List;

import dev.policysim.web.TextPart;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HintsTests {

	static final String README = """
			# Title

			Story.

			## Hints

			1. Rule: `cors-not-first` — a policy
			   that can end the request.
			2. Element: line 4.

			3. Fix: move it.

			## Fix

			1. not a hint
			""";

	@Test
	void readsTheNumberedHintsWithTheirContinuationLines() {
		Hints hints = Hints.of(README);

		assertThat(hints.size()).isEqualTo(3);
		assertThat(hints.first(1)).containsExactly(List.of(new TextPart("Rule: ", false), new TextPart("cors-not-first", true),
				new TextPart(" — a policy that can end the request.", false)));
		assertThat(hints.first(3)).last().isEqualTo(List.of(new TextPart("Fix: move it.", false)));
	}

	@Test
	void clampsHowManyAreShown() {
		Hints hints = Hints.of(README);

		assertThat(hints.first(-2)).isEmpty();
		assertThat(hints.first(7)).hasSize(3);
		assertThat(hints.hasMore(2)).isTrue();
		assertThat(hints.hasMore(3)).isFalse();
	}

	@Test
	void hasNoneWithoutAHintsSection() {
		assertThat(Hints.of("# Title\n\n1. a list elsewhere\n").size()).isZero();
	}

}
