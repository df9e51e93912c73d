package dev.policysim.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RevisionDiffTests {

	@Test
	void listsOnlyTheFilesThatChangedWithTheirLines() {
		List<FileDiff> diffs = RevisionDiff.between(
				StoredFixtures.files("same.xml", "<a/>", "policy.xml", "one\ntwo\nthree\n", "gone.txt", "x"),
				StoredFixtures.files("same.xml", "<a/>", "policy.xml", "one\n2\nthree\n", "new.txt", "y"));

		assertThat(diffs).extracting(FileDiff::path, FileDiff::change)
			.containsExactly(tuple("gone.txt", "removed"),
					tuple("new.txt", "added"),
					tuple("policy.xml", "changed"));
		assertThat(diffs.get(2).lines()).extracting(DiffLine::kind, DiffLine::text)
			.contains(tuple("del", "-two"), tuple("add", "+2"),
					tuple("same", " one"));
	}

	@Test
	void findsNoDifferenceBetweenTheSameFiles() {
		assertThat(RevisionDiff.between(StoredFixtures.files("a", "1"), StoredFixtures.files("a", "1"))).isEmpty();
	}

}
