package de.wesermarsch.wegweiser.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import de.wesermarsch.wegweiser.Fixture;
import de.wesermarsch.wegweiser.assets.StaticFiles;

/**
 * Validators that change with the representation: an ETag is only good for the answer it came with (address,
 * language, content, release, settings), static files are revalidated under their plain names and cached for
 * good under their hashed names, and what others vary by is kept.
 */
class CachingTest extends Fixture {

	String etag(String uri, String language) {
		return client.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, language).exchange()
			.expectStatus().isOk()
			.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, no-cache")
			.returnResult(String.class).getResponseHeaders().getETag();
	}

	@Test
	void anETagRevalidatesItsOwnAnswerAndNoOther() {
		String languages = etag("/api/v1/languages", "de");
		assertThat(languages).startsWith("W/\"");
		client.get().uri("/api/v1/languages").header(HttpHeaders.ACCEPT_LANGUAGE, "de")
			.header(HttpHeaders.IF_NONE_MATCH, languages).exchange().expectStatus().isNotModified();
		for (String other : new String[] { "/api/v1/search?q=Impressum", "/api/v1/entries/impressum", "/de/",
				"/embed/host.js", "/api/openapi.json" }) {
			client.get().uri(other).header(HttpHeaders.ACCEPT_LANGUAGE, "de").header(HttpHeaders.IF_NONE_MATCH, languages)
				.exchange().expectStatus().isOk();
		}
		assertThat(etag("/api/v1/languages", "ar")).isNotEqualTo(languages);
		assertThat(etag("/api/v1/search?q=Kurs", "de")).isNotEqualTo(etag("/api/v1/search?q=Kurse", "de"));
	}

	@Test
	void varyKeepsWhatCorsVariesBy() {
		client.get().uri("/api/v1/languages").exchange()
			.expectHeader().values(HttpHeaders.VARY, v -> assertThat(String.join(",", v)).contains("Origin", "Accept-Language"));
	}

	@Test
	void pagesLinkStylesAndScriptsByTheirContentHashAndThoseAreCachedForGood() {
		String page = client.get().uri("/de/").exchange().expectBody(String.class).returnResult().getResponseBody();
		var hashed = java.util.regex.Pattern.compile("/assets/(site|fonts|suggest)-[0-9a-f]{32}\\.(css|js)").matcher(page);
		int links = 0;
		while (hashed.find()) {
			links++;
			client.get().uri(hashed.group()).exchange().expectStatus().isOk()
				.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, max-age=31536000, immutable");
		}
		assertThat(links).isEqualTo(3);
		assertThat(page).doesNotContain("href=\"/assets/site.css\"");
		String fonts = client.get().uri(StaticFiles.hashed("/assets/fonts.css")).exchange()
			.expectBody(String.class).returnResult().getResponseBody();
		assertThat(fonts).containsPattern("noto-sans-latin-400-[0-9a-f]{32}\\.woff2");
	}

	@Test
	void plainNamesOfStaticFilesAreRevalidatedWithTheirOwnValidator() {
		for (String uri : new String[] { "/embed/host.js", "/api/openapi.json", "/assets/site.css" }) {
			var headers = client.get().uri(uri).exchange().expectStatus().isOk()
				.expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "public, no-cache")
				.returnResult(String.class).getResponseHeaders();
			assertThat(headers.getLastModified()).as(uri).isPositive();
			client.get().uri(uri).header(HttpHeaders.IF_MODIFIED_SINCE, headers.getFirst(HttpHeaders.LAST_MODIFIED))
				.exchange().expectStatus().isNotModified();
		}
	}

	@Test
	void twoInstancesWhoseSettingsDifferNeverShareAnETag() {
		String here = etag("/kiosk/de/", "de");
		try (var other = new org.springframework.boot.builder.SpringApplicationBuilder(
				de.wesermarsch.wegweiser.WegweiserApplication.class)
			.properties("wegweiser.content-directory=src/test/resources/fixture/content",
					"wegweiser.i18n-directory=src/test/resources/fixture/i18n", "wegweiser.watch=false",
					"wegweiser.rate-limit.enabled=false", "wegweiser.kiosk.idle=45s", "server.port=0")
			.run()) {
			String there = WebTestClient.bindToApplicationContext(other).build().get().uri("/kiosk/de/")
				.header(HttpHeaders.ACCEPT_LANGUAGE, "de").exchange()
				.returnResult(String.class).getResponseHeaders().getETag();
			assertThat(there).isNotNull().isNotEqualTo(here);
		}
	}

}
