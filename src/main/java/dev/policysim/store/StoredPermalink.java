package dev.policysim.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import dev.policysim.gateway.GatewayProfile;

import org.jspecify.annotations.Nullable;

/**
 * A permalink row: the snapshot's metadata, the gateway profile it ran under, and the hashes of its
 * scenario text and report JSON; its files are listed like a revision's. Every column is
 * {@code updatable = false}: a snapshot is written once and only ever deleted whole.
 */
@Entity
@Table(name = "permalink")
class StoredPermalink {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private @Nullable Long id;

	@Column(name = "public_id", nullable = false, updatable = false)
	private String publicId = "";

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt = Instant.EPOCH;

	@Column(name = "expires_at", updatable = false)
	private @Nullable Instant expiresAt;

	@Column(name = "app_version", nullable = false, updatable = false)
	private String appVersion = "";

	@Column(name = "scenario_name", nullable = false, updatable = false)
	private String scenarioName = "";

	@Enumerated(EnumType.STRING)
	@Column(name = "scenario_format", nullable = false, updatable = false)
	private ScenarioSource.Format scenarioFormat = ScenarioSource.Format.JSON;

	@Column(name = "scenario_hash", nullable = false, updatable = false)
	private String scenarioHash = "";

	@Column(name = "profile_name", nullable = false, updatable = false)
	private String profileName = "";

	@Column(name = "terminate_unmatched_default", nullable = false, updatable = false)
	private boolean terminateUnmatchedDefault;

	@Column(name = "cors_headers_on_later_errors", nullable = false, updatable = false)
	private boolean corsHeadersOnLaterErrors;

	@Column(name = "subscription_check_before_policies", nullable = false, updatable = false)
	private boolean subscriptionCheckBeforePolicies;

	@Column(name = "report_hash", nullable = false, updatable = false)
	private String reportHash = "";

	@ElementCollection
	@CollectionTable(name = "permalink_file", joinColumns = @JoinColumn(name = "permalink_id"))
	private List<StoredFile> files = new ArrayList<>();

	protected StoredPermalink() {
	}

	StoredPermalink(Snapshot snapshot, List<StoredFile> files) {
		this.publicId = PublicIds.next();
		this.createdAt = snapshot.created();
		this.expiresAt = snapshot.expires().orElse(null);
		this.appVersion = snapshot.appVersion();
		this.scenarioName = snapshot.scenarioName();
		this.scenarioFormat = snapshot.scenarioFormat();
		this.scenarioHash = snapshot.scenarioHash();
		GatewayProfile profile = snapshot.profile();
		this.profileName = profile.name();
		this.terminateUnmatchedDefault = profile.terminateUnmatchedDefault();
		this.corsHeadersOnLaterErrors = profile.corsHeadersOnLaterErrors();
		this.subscriptionCheckBeforePolicies = profile.subscriptionCheckBeforePolicies();
		this.reportHash = snapshot.reportHash();
		this.files = new ArrayList<>(files);
	}

	String publicId() {
		return this.publicId;
	}

	String scenarioHash() {
		return this.scenarioHash;
	}

	String reportHash() {
		return this.reportHash;
	}

	List<StoredFile> files() {
		return List.copyOf(this.files);
	}

	Optional<Instant> expiresAt() {
		return Optional.ofNullable(this.expiresAt);
	}

	boolean expiredAt(Instant now) {
		return this.expiresAt != null && !this.expiresAt.isAfter(now);
	}

	/**
	 * The permalink as the rest of the application sees it.
	 * @param scenarioText the scenario's text, read from its blob
	 * @param reportJson the report, read from its blob
	 * @return the permalink
	 */
	Permalink toPermalink(String scenarioText, String reportJson) {
		GatewayProfile profile = new GatewayProfile(this.profileName, this.terminateUnmatchedDefault,
				this.corsHeadersOnLaterErrors, this.subscriptionCheckBeforePolicies);
		List<SnapshotFile> listed = this.files.stream()
			.map((file) -> new SnapshotFile(file.path(), file.blobHash()))
			.sorted(java.util.Comparator.comparing(SnapshotFile::path))
			.toList();
		return new Permalink(this.publicId, this.createdAt, expiresAt(), this.appVersion, this.scenarioName,
				new ScenarioSource(scenarioText, this.scenarioFormat), profile, reportJson, listed);
	}

	/**
	 * What a new row holds besides its files.
	 *
	 * @param created when it was saved
	 * @param expires when it stops answering; empty for never
	 * @param appVersion the version of the application that ran the simulation
	 * @param scenarioName the scenario's name
	 * @param scenarioFormat how the scenario was written
	 * @param scenarioHash the hash of the scenario text's blob
	 * @param profile the gateway profile the simulation ran under
	 * @param reportHash the hash of the report JSON's blob
	 */
	record Snapshot(Instant created, Optional<Instant> expires, String appVersion, String scenarioName,
			ScenarioSource.Format scenarioFormat, String scenarioHash, GatewayProfile profile, String reportHash) {

	}

}
