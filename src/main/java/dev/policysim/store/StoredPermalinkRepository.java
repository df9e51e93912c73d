package dev.policysim.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

/** The permalink rows with their file lists. */
interface StoredPermalinkRepository extends Repository<StoredPermalink, Long> {

	StoredPermalink save(StoredPermalink permalink);

	Optional<StoredPermalink> findByPublicId(String publicId);

	List<StoredPermalink> findByExpiresAtLessThanEqual(Instant now);

	void delete(StoredPermalink permalink);

	void flush();

}
