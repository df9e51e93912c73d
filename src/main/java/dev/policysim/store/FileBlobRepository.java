package dev.policysim.store;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** File contents by hash. */
interface FileBlobRepository extends Repository<FileBlob, String> {

	<B extends FileBlob> List<B> saveAll(Iterable<B> blobs);

	List<FileBlob> findByHashIn(Collection<String> hashes);

	@Query("select b.hash from FileBlob b where b.hash in :hashes")
	List<String> findExistingHashes(Collection<String> hashes);

}
