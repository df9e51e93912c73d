package dev.policysim.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The home page lists each training sample by its README's heading and first paragraph. */
class SampleCatalogueTests {

	@Test
	void readsTitleAndSummaryFromTheReadme() {
		Sample sample = SampleCatalogue.describe("03-x", """
				# Rate limit before CORS

				The product's rate-limit runs
				before cors.

				## Try
				Something else.
				""");

		assertThat(sample.title()).isEqualTo("Rate limit before CORS");
		assertThat(sample.summary()).isEqualTo("The product's rate-limit runs before cors.");
	}

	@Test
	void fallsBackToTheFolderNameWithoutAHeading() {
		assertThat(SampleCatalogue.describe("plain", "no heading here")).isEqualTo(new Sample("plain", "plain", ""));
	}

	@Test
	void listsTheSamplesShippedInTheJarWithTheirFiles() {
		SampleCatalogue catalogue = new SampleCatalogue("sample-policies");

		assertThat(catalogue.list()).extracting(Sample::name).contains("00-healthy-reference", "04-product-policies-before-cors");
		assertThat(catalogue.files("04-product-policies-before-cors")).hasValueSatisfying(
				(files) -> assertThat(files.paths()).contains("policy.xml", "apis/orders/policy.xml", "README.md"));
		assertThat(catalogue.files("nope")).isEmpty();
	}

	@Test
	void readsEachSamplesLessonFromTheFirstTableOfTheSamplesReadme() {
		var lessons = new SampleCatalogue("sample-policies").lessons();

		assertThat(lessons).hasSize(10)
			.containsEntry("06-renamed-key-header", "cors allows the subscription-key header only under its default name; "
					+ "a renamed key header must be listed in `allowed-headers`.");
		// the second table (lint findings and outcomes) does not overwrite the lessons
		assertThat(lessons.get("01-no-cors")).startsWith("A cors at one API's scope does nothing for another API");
		assertThat(new SampleCatalogue("test-samples").lessons()).isEmpty();
	}

}
