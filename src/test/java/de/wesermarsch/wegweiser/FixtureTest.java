package de.wesermarsch.wegweiser;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;

/** Runs the whole service on the small real snapshot under {@code src/test/resources/fixture}. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "wegweiser.content-directory=src/test/resources/fixture/content",
		"wegweiser.i18n-directory=src/test/resources/fixture/i18n", "wegweiser.watch=false",
		"wegweiser.rate-limit.enabled=false", "wegweiser.editor-token=" + FixtureTest.TOKEN })
public @interface FixtureTest {

	/** The editor token of the test configuration. */
	String TOKEN = "test-editor-token";

}
