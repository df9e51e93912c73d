package dev.policysim.web.training;

import java.util.List;
import java.util.Objects;

import dev.policysim.web.Sample;
import dev.policysim.web.TextPart;

/**
 * A sample in the training gallery with its short description: the lesson line of the samples'
 * README table, or the first paragraph of the sample's own README when the table has none.
 *
 * @param sample the sample
 * @param description the description, split at its markdown code spans
 */
record GalleryEntry(Sample sample, List<TextPart> description) {

	GalleryEntry {
		Objects.requireNonNull(sample, "sample");
		description = List.copyOf(description);
	}

}
