package de.wesermarsch.wegweiser.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.ContentLoader;
import tools.jackson.databind.json.JsonMapper;

/** The HSDS export of the real content, in every language, against Open Referral's compiled service schema. */
class HsdsExportTest {

	static final Content content = new ContentLoader(Path.of("content"), Path.of("i18n")).load();

	static final JsonMapper JSON = JsonMapper.builder().build();

	static Schema service() throws Exception {
		SchemaRegistry registry = SchemaRegistry.withDialect(Dialects.getDraft202012(),
				builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
		return registry.getSchema(SchemaLocation.of("https://wegweiser.invalid/hsds/service.json"),
				JSON.readTree(Files.readString(Path.of("src/test/resources/hsds-3.0/service.json"))));
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyOfferAndEveryGuideWithAContactInEveryLanguageIsAValidHsdsService() throws Exception {
		Schema schema = service();
		long offers = content.entries().values().stream()
			.filter(e -> e.type().id().equals("offer") || e.type().id().equals("guide") && e.contact().isPresent())
			.count();
		for (String lang : content.languageCodes()) {
			Map<String, Object> dataset = HsdsExport.of(content, lang, "https://wegweiser.example");
			List<Map<String, Object>> services = (List<Map<String, Object>>) dataset.get("contents");
			assertThat(services).hasSize((int) offers);
			for (Map<String, Object> service : services) {
				assertThat(schema.validate(JSON.writeValueAsString(service), InputFormat.JSON))
					.as("%s in %s", service.get("name"), lang).isEmpty();
			}
		}
	}

	@Test
	void theSchemaRefusesWhatHsdsDoesNotAllow() throws Exception {
		Schema schema = service();
		assertThat(schema.validate("{\"id\":\"not-a-uuid\",\"name\":\"x\",\"status\":\"open\"}", InputFormat.JSON)).isNotEmpty();
	}

	@Test
	@SuppressWarnings("unchecked")
	void contactDataAndProvenanceTravelWithTheService() {
		Map<String, Object> dataset = HsdsExport.of(content, "ar", "https://wegweiser.example");
		Map<String, Object> office = ((List<Map<String, Object>>) dataset.get("contents")).stream()
			.filter(s -> s.get("x_wegweiser_url").toString().endsWith("/koordinierungsstelle-migration-teilhabe"))
			.findFirst().orElseThrow();
		assertThat(office.get("email")).isEqualTo("hannah-sophie.heldberg@wesermarsch.de");
		assertThat((List<Map<String, Object>>) office.get("phones")).extracting(p -> p.get("number")).containsExactly("04401 927-712");
		assertThat((Map<String, Object>) office.get("x_translation")).containsEntry("provenance", "machine-assisted")
			.containsEntry("reviewed", false);
		assertThat(office.get("x_language")).isEqualTo("ar");
	}

}
