package dev.policysim.store;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** File contents by hash. */
interface FileBlobRepository extends Repository<FileBlob, String> {

	<B extends FileBlob> List<B> saveAll(Iterable<B> blobs);

	List<FileBlob> findByHashIn(Collection<String> hashes);

	@Query("select b.hash from FileBlob b where b.hash in :hashes")
	List<String> findExistingHashes(Collection<String> hashes);

	/**
	 * Deletes those of the given contents that nothing refers to any more.
	 * @param hashes the candidates, e.g. the contents of purged permalinks
	 * @return how many were deleted
	 */
	@Modifying
	@Query(nativeQuery = true, value = """
			delete from file_blob where hash in (:hashes)
			and not exists (select 1 from revision_file f where f.blob_hash = file_blob.hash)
			and not exists (select 1 from permalink_file f where f.blob_hash = file_blob.hash)
			and not exists (select 1 from permalink p where p.scenario_hash = file_blob.hash or p.report_hash = file_blob.hash)
			""")
	int deleteUnreferenced(Collection<String> hashes);

}
