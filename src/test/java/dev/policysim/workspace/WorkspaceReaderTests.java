package dev.policysim.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.policysim.policy.PolicyDocument;
import dev.policysim.policy.Position;
import dev.policysim.policy.SectionName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WorkspaceReaderTests {

	private final WorkspaceReader reader = new WorkspaceReader();

	private final Workspace contoso = this.reader.read(TestWorkspaces.contosoFiles());

	@Test
	void readsTheGlobalPolicy() {
		assertThat(this.contoso.global()).map(PolicyDocument::file).contains("policy.xml");
		assertThat(this.contoso.global().orElseThrow().sectionElements(SectionName.INBOUND)).extracting("name")
			.containsExactly("cors");
	}

	@Test
	void readsProductsWithBothMembershipLayouts() {
		Product starter = this.contoso.product("starter").orElseThrow();
		assertThat(starter.displayName()).isEqualTo("Starter");
		assertThat(starter.subscriptionRequired()).isTrue();
		assertThat(starter.state()).isEqualTo("published");
		assertThat(starter.apis()).containsExactly("orders");
		assertThat(starter.policy()).map(PolicyDocument::file).contains("products/starter/policy.xml");
		Product unlimited = this.contoso.product("unlimited").orElseThrow();
		assertThat(unlimited.subscriptionRequired()).isFalse();
		assertThat(unlimited.apis()).containsExactly("orders", "pets");
		assertThat(unlimited.policy()).isEmpty();
		assertThat(this.contoso.productsContaining("orders")).extracting(Product::name)
			.containsExactly("starter", "unlimited");
	}

	@Test
	void readsApiSettingsWithRenamedKeyNames() {
		Api orders = this.contoso.api("orders").orElseThrow();
		assertThat(orders.displayName()).isEqualTo("Orders");
		assertThat(orders.path()).isEqualTo("orders");
		assertThat(orders.subscriptionRequired()).isTrue();
		assertThat(orders.keyNames()).isEqualTo(new KeyNames("X-Api-Key", "api-key"));
		assertThat(orders.keyNames().headerRenamed()).isTrue();
		assertThat(orders.serviceUrl()).contains("https://orders.internal.contoso.com");
		assertThat(orders.policy()).map(PolicyDocument::file).contains("apis/orders/policy.xml");
	}

	@Test
	void stripsSlashesAroundTheApiPathAndKeepsDefaultKeyNames() {
		Api pets = this.contoso.api("pets").orElseThrow();
		assertThat(pets.path()).isEqualTo("pets");
		assertThat(pets.subscriptionRequired()).isFalse();
		assertThat(pets.keyNames()).isEqualTo(KeyNames.DEFAULTS);
		assertThat(pets.serviceUrl()).isEmpty();
	}

	@Test
	void readsOperationsFromOpenApi3YamlOrderedByName() {
		Api orders = this.contoso.api("orders").orElseThrow();
		assertThat(orders.operations()).extracting(Operation::name, Operation::method, Operation::urlTemplate)
			.containsExactly(tuple("deleteOrder", "DELETE", "/{id}"), tuple("getOrder", "GET", "/{id}"),
					tuple("ghost", "", ""), tuple("listOrders", "GET", "/"));
		Operation getOrder = orders.operation("getOrder").orElseThrow();
		assertThat(getOrder.specFile()).contains("apis/orders/specification.yaml");
		assertThat(getOrder.specPosition()).isEqualTo(new Position(18, 7));
	}

	@Test
	void matchesOperationPolicyFoldersIgnoringCase() {
		Operation getOrder = this.contoso.api("orders").orElseThrow().operation("getOrder").orElseThrow();
		assertThat(getOrder.policy()).map(PolicyDocument::file).contains("apis/orders/operations/GetOrder/policy.xml");
		Operation listItems = this.contoso.api("legacy").orElseThrow().operation("listItems").orElseThrow();
		assertThat(listItems.policy()).map(PolicyDocument::file)
			.contains("apis/legacy/operations/listitems/policy.xml");
		assertThat(this.contoso.api("orders").orElseThrow().operation("listOrders").orElseThrow().policy()).isEmpty();
	}

	@Test
	void reportsAnOrphanOperationFolderAndStillLoadsItsPolicy() {
		Operation ghost = this.contoso.api("orders").orElseThrow().operation("ghost").orElseThrow();
		assertThat(ghost.method()).isEmpty();
		assertThat(ghost.urlTemplate()).isEmpty();
		assertThat(ghost.specFile()).isEmpty();
		assertThat(ghost.policy()).map(PolicyDocument::file).contains("apis/orders/operations/ghost/policy.xml");
		assertThat(this.contoso.problems()).contains(new LoadProblem(LoadProblem.Kind.ORPHAN,
				"apis/orders/operations/ghost/policy.xml", Position.START,
				"No operation in apis/orders/specification.yaml is called \"ghost\"; its policy is still checked, "
						+ "but no request can reach it."));
	}

	@Test
	void readsOperationsFromOpenApi3JsonAndNamesThoseWithoutOperationIdAsApimDoes() {
		Api pets = this.contoso.api("pets").orElseThrow();
		assertThat(pets.operations()).extracting(Operation::name, Operation::method, Operation::urlTemplate)
			.containsExactly(tuple("put-petid", "PUT", "/{petId}"), tuple("showPetById", "GET", "/{petId}"));
		assertThat(pets.operation("showPetById").orElseThrow().specPosition()).isEqualTo(new Position(7, 9));
		assertThat(pets.operation("put-petid").orElseThrow().specPosition()).isEqualTo(new Position(5, 5));
	}

	@Test
	void readsOperationsFromSwagger2RelativeToTheBasePath() {
		Api legacy = this.contoso.api("legacy").orElseThrow();
		assertThat(legacy.path()).isEqualTo("legacy/v1");
		assertThat(legacy.operations()).extracting(Operation::name, Operation::method, Operation::urlTemplate)
			.containsExactly(tuple("createItem", "POST", "/items"), tuple("listItems", "GET", "/items"));
	}

	@Test
	void readsFragmentsNamedValuesAndSubscriptions() {
		assertThat(this.contoso.fragment("cors-common")).map(Fragment::document).map(PolicyDocument::isFragment)
			.contains(true);
		assertThat(this.contoso.namedValue("portal-origin")).map(NamedValue::value)
			.contains(Optional.of("https://portal.contoso.com"));
		NamedValue secret = this.contoso.namedValue("BackendKey").orElseThrow();
		assertThat(secret.name()).isEqualTo("backend-key");
		assertThat(secret.secret()).isTrue();
		assertThat(secret.value()).isEmpty();
		assertThat(secret.file()).isEqualTo("named values/backend-key/namedValueInformation.json");
		assertThat(this.contoso.subscriptions()).containsExactly(
				new Subscription("old-sub", SubscriptionScope.parse("/apis/orders").orElseThrow(), false, Optional.empty()),
				new Subscription("starter-sub", SubscriptionScope.parse("/products/starter").orElseThrow(), true,
						Optional.empty()));
	}

	@Test
	void reportsNothingButTheOrphanForTheSampleWorkspace() {
		assertThat(this.contoso.problems()).extracting(LoadProblem::file)
			.containsExactly("apis/orders/operations/ghost/policy.xml");
	}

	@Test
	void loadsTheSameWorkspaceFromAZipOfTheFolder() throws WorkspaceInputException {
		byte[] zip = TestWorkspaces.zipUnder("contoso-apim", TestWorkspaces.contosoFiles());
		assertThat(this.reader.read(WorkspaceFiles.fromZip(zip, ArchiveLimits.DEFAULTS))).isEqualTo(this.contoso);
	}

	@Test
	void loadsFolderAndZipFromAPath() throws Exception {
		Path zipFile = Files.createDirectories(Path.of("target", "workspace-tests"))
			.resolve("contoso.zip");
		Files.write(zipFile, TestWorkspaces.contosoFiles().toZip());
		assertThat(this.reader.load(zipFile, ArchiveLimits.DEFAULTS)).isEqualTo(this.contoso);
		assertThat(this.reader.load(TestWorkspaces.contosoFolder(), ArchiveLimits.DEFAULTS)).isEqualTo(this.contoso);
	}

	@Test
	void appliesApimDefaultsWhenInformationFilesAreMissing() {
		WorkspaceFiles files = WorkspaceFiles.of(Map.of("apis/bare/policy.xml", policy(),
				"products/open/policy.xml", policy(), "named values/plain/namedValueInformation.json",
				TestWorkspaces.utf8("{\"properties\": {}}")));
		Workspace workspace = this.reader.read(files);
		Api bare = workspace.api("bare").orElseThrow();
		assertThat(bare).isEqualTo(new Api("bare", "bare", "bare", true, KeyNames.DEFAULTS, Optional.empty(),
				bare.policy(), List.of()));
		assertThat(bare.policy()).isPresent();
		Product open = workspace.product("open").orElseThrow();
		assertThat(open.displayName()).isEqualTo("open");
		assertThat(open.subscriptionRequired()).isTrue();
		assertThat(open.state()).isEqualTo("notPublished");
		assertThat(open.apis()).isEmpty();
		assertThat(workspace.namedValue("plain")).contains(new NamedValue("plain", "plain", Optional.empty(), false,
				"named values/plain/namedValueInformation.json"));
		assertThat(workspace.global()).isEmpty();
		assertThat(workspace.problems()).isEmpty();
	}

	@Test
	void readsAnEmptyWorkspace() {
		assertThat(this.reader.read(WorkspaceFiles.of(Map.of()))).isEqualTo(Workspace.EMPTY);
	}

	@Test
	void readsInformationFilesWithAByteOrderMark() {
		byte[] json = TestWorkspaces.utf8("\uFEFF{\"properties\": {\"path\": \"boms\"}}");
		Workspace workspace = this.reader.read(WorkspaceFiles.of(Map.of("apis/bom/apiInformation.json", json)));
		assertThat(workspace.api("bom")).map(Api::path).contains("boms");
		assertThat(workspace.problems()).isEmpty();
	}

	@Test
	void leavesRevisionsAndWorkspaceScopedContentOutForNow() {
		WorkspaceFiles files = TestWorkspaces.contosoFiles()
			.with("apis/orders;rev=2/policy.xml", policy())
			.with("workspaces/team-a/apis/internal/policy.xml", policy())
			.with("products/unlimited/apis.json", TestWorkspaces.utf8("[\"orders;rev=2\", \"pets\"]"));
		Workspace workspace = this.reader.read(files);
		assertThat(workspace.apis()).extracting(Api::name).containsExactly("legacy", "orders", "pets");
		assertThat(workspace.product("unlimited")).map(Product::apis).contains(Set.of("orders", "pets"));
		assertThat(workspace.problems()).isEqualTo(this.contoso.problems());
	}

	static byte[] policy() {
		return TestWorkspaces.utf8("""
				<policies>
					<inbound><base /></inbound>
					<backend><base /></backend>
					<outbound><base /></outbound>
					<on-error><base /></on-error>
				</policies>
				""");
	}

}
