package dev.policysim.web.api;

/** Texts shared by the OpenAPI annotations of the API's controllers. */
final class ApiDocs {

	static final String WORKSPACE = "A zip of an APIOps workspace (formats.md §1): at most 10 MB, 2 000 entries and 50 MB "
			+ "unpacked (settings policysim.upload.*); no entry may leave the folder.";

	static final String PROBLEM = "application/problem+json";

	static final String BAD_UPLOAD = "The workspace is not a zip, is damaged or truncated, or holds an entry that "
			+ "leaves the folder (RFC 9457 problem).";

	static final String TOO_LARGE = "The upload is over a limit: its size, its entries or its unpacked bytes "
			+ "(RFC 9457 problem).";

	static final String WRONG_TYPE = "The body is not multipart/form-data (RFC 9457 problem).";

	private ApiDocs() {
	}

}
