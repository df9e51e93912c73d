package dev.policysim.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a random port with an in-memory database and small upload limits (so a
 * test can go over them with a few kilobytes), driven through MockMvc or real HTTP. Every API test
 * class uses the same settings, so they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.datasource.url=jdbc:h2:mem:api-tests;DB_CLOSE_DELAY=-1",
				"policysim.data-dir=./target/test-data/api", "policysim.upload.max-archive-bytes=" + ApiUploads.MAX_ZIP,
				"policysim.upload.max-entries=" + ApiUploads.MAX_ENTRIES,
				"policysim.upload.max-unpacked-bytes=" + ApiUploads.MAX_UNPACKED,
				"spring.servlet.multipart.max-file-size=1MB", "spring.servlet.multipart.max-request-size=1MB",
				"server.tomcat.max-swallow-size=4MB" })
@AutoConfigureMockMvc
public @interface ApiIntegrationTest {

}
