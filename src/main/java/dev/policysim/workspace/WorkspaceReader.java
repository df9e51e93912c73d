package dev.policysim.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import dev.policysim.policy.PolicyXmlReader;

/**
 * Reads a workspace laid out the way the APIOps extractor writes an API Management instance
 * (formats.md §1): the global, product, API and operation policies, products with their APIs, API
 * settings and operations (from OpenAPI 3 or Swagger 2), policy fragments, named values and
 * subscriptions. Missing files take APIM's defaults; every malformed file becomes a
 * {@link LoadProblem} with its line and column, and the rest still loads. Unknown files are
 * ignored. An operation without operationId gets the name APIM gives it on import
 * ({@code GET /orders/{id}} becomes {@code get-orders-id}), so its policy folder still matches.
 * Not read yet: API revisions ({@code apis/<api>;rev=<n>/}) and workspace-scoped content
 * ({@code workspaces/<ws>/...}).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class WorkspaceReader {

	private final PolicyXmlReader policyReader;

	/**
	 * A reader with its own policy reader.
	 * @param policyReader reads the policy files, with its limits
	 */
	public WorkspaceReader(PolicyXmlReader policyReader) {
		this.policyReader = Objects.requireNonNull(policyReader, "policyReader");
	}

	/** A reader with the policy reader's default limits. */
	public WorkspaceReader() {
		this(new PolicyXmlReader());
	}

	/**
	 * Reads the workspace from its files.
	 * @param files the files of the workspace
	 * @return the workspace, with the problems of the files that could not be used
	 */
	public Workspace read(WorkspaceFiles files) {
		LoadProblems problems = new LoadProblems();
		PolicyFiles policies = new PolicyFiles(files, this.policyReader, problems);
		ResourceReader resources = new ResourceReader(files, policies, problems);
		List<Api> apis = new ApiReader(files, policies, problems).readAll();
		Set<String> apiNames = new TreeSet<>(apis.stream().map(Api::name).toList());
		List<Product> products = new ProductReader(files, policies, problems).readAll(apiNames);
		Set<String> productNames = new TreeSet<>(products.stream().map(Product::name).toList());
		return new Workspace(policies.scope("policy.xml"), products, apis, resources.fragments(),
				resources.namedValues(), resources.subscriptions(productNames, apiNames), problems.sorted());
	}

	/**
	 * Loads a workspace folder or zip, as the command line is given one.
	 * @param folderOrZip a folder, or a zip file (recognised by its content, not its name)
	 * @param limits the limits of the input
	 * @return the workspace
	 * @throws WorkspaceInputException when the input does not exist, is over a limit, or is not a
	 * usable folder or zip
	 */
	public Workspace load(Path folderOrZip, ArchiveLimits limits) throws WorkspaceInputException {
		return read(files(folderOrZip, limits));
	}

	/**
	 * The files of a workspace folder or zip.
	 * @param folderOrZip a folder or a zip file
	 * @param limits the limits of the input
	 * @return the files
	 * @throws WorkspaceInputException as {@link #load}
	 */
	public static WorkspaceFiles files(Path folderOrZip, ArchiveLimits limits) throws WorkspaceInputException {
		if (Files.isDirectory(folderOrZip)) {
			return WorkspaceFiles.fromFolder(folderOrZip, limits);
		}
		if (!Files.isRegularFile(folderOrZip)) {
			throw new WorkspaceInputException("\"" + folderOrZip + "\" does not exist; expected a workspace folder or zip.");
		}
		try (InputStream in = Files.newInputStream(folderOrZip)) {
			return WorkspaceFiles.fromZip(in, limits);
		}
		catch (IOException ex) {
			throw new WorkspaceInputException("\"" + folderOrZip + "\" cannot be read: " + ex.getMessage(), ex);
		}
	}

}
