package de.wesermarsch.wegweiser.xliff;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.sf.okapi.lib.xliff2.core.TargetState;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Text;

/**
 * Checks a delivery against the content as it is now and turns it into the translations to write — or refuses it
 * whole, with every problem named: a file in another language pair, without a translator, with units this
 * service did not export, units whose German source has changed since the export (stale: the translator saw an
 * older text), and texts delivered only in part (a text is one person's translation or not). Units left in state
 * {@code initial} were not translated and are skipped, not imported.
 */
final class XliffImport {

	/** One text to write: the entry, its text key, the translated fields, and whether a second person revised it. */
	record Translation(Entry entry, String key, Map<TextField, String> fields, boolean reviewed) {
	}

	/** What the import will do: the translations, and the texts it leaves as they are because nobody translated them. */
	record Plan(String lang, String translator, String reviewer, LocalDate date, List<Translation> translations,
			List<String> untranslated) {
	}

	private final Content content;

	XliffImport(Content content) {
		this.content = content;
	}

	Plan plan(Delivery delivery, LocalDate today) {
		List<String> problems = new ArrayList<>();
		String lang = delivery.targetLang();
		if (!"de".equals(delivery.sourceLang())) {
			problems.add("The file translates from '" + delivery.sourceLang() + "'; this service exports from German (de).");
		}
		if (lang == null || lang.equals("de") || !content.languageCodes().contains(lang)) {
			problems.add("The file's target language '" + lang + "' is not one of this site's languages ("
					+ String.join(" ", content.languageCodes().stream().filter(c -> !c.equals("de")).toList()) + ").");
		}
		if (delivery.translator() == null) {
			problems.add("The file does not say who translated it: fill in 'translator' or 'agency' in the metadata "
					+ "group 'translation' of the file header.");
		}
		LocalDate date = Optional.ofNullable(delivery.date(problems)).orElse(today);
		Map<UnitId, Delivery.Delivered> units = units(delivery, problems);
		List<Translation> translations = new ArrayList<>();
		List<String> untranslated = new ArrayList<>();
		if (problems.isEmpty()) {
			group(units).forEach((text, fields) -> translation(text, fields, lang, problems, untranslated)
				.ifPresent(translations::add));
		}
		if (!problems.isEmpty()) {
			throw new XliffException(problems);
		}
		return new Plan(lang, delivery.translator(), delivery.reviewer(), date, List.copyOf(translations),
				List.copyOf(untranslated));
	}

	private Map<UnitId, Delivery.Delivered> units(Delivery delivery, List<String> problems) {
		Map<UnitId, Delivery.Delivered> units = new LinkedHashMap<>();
		for (Delivery.Delivered unit : delivery.units()) {
			Optional<UnitId> parsed = UnitId.parse(unit.id());
			Optional<Entry> entry = parsed.flatMap(id -> content.entry(id.entry()));
			if (parsed.isEmpty()) {
				problems.add("Unit '" + unit.id() + "' is not a unit this service exported (ids look like "
						+ "<entry>.<field>.r<revision>).");
				continue;
			}
			UnitId id = parsed.get();
			Optional<String> german = entry.flatMap(e -> e.text("de", id.easy())).map(id.field()::of);
			if (german.isEmpty()) {
				problems.add("Unit '" + unit.id() + "' names a text the content does not have (entry '" + id.entry()
						+ "', field '" + id.field().key() + "').");
			}
			else if (id.revision() != entry.get().revision() || !same(german.get(), unit.source())) {
				problems.add("Unit '" + unit.id() + "' is stale: the German text of entry '" + id.entry() + "' (field '"
						+ id.field().key() + "') has changed since the export (now revision " + entry.get().revision()
						+ "). Export it again and have it translated anew.");
			}
			else if (units.put(id, unit) != null) {
				problems.add("Unit '" + unit.id() + "' stands in the file twice.");
			}
		}
		return units;
	}

	private static Map<UnitId, Map<TextField, Delivery.Delivered>> group(Map<UnitId, Delivery.Delivered> units) {
		Map<UnitId, Map<TextField, Delivery.Delivered>> texts = new LinkedHashMap<>();
		units.forEach((id, unit) -> texts
			.computeIfAbsent(new UnitId(id.entry(), id.easy(), TextField.TITLE, id.revision()), k -> new EnumMap<>(TextField.class))
			.put(id.field(), unit));
		return texts;
	}

	private Optional<Translation> translation(UnitId text, Map<TextField, Delivery.Delivered> delivered, String lang,
			List<String> problems, List<String> untranslated) {
		Entry entry = content.entry(text.entry()).orElseThrow();
		Text german = entry.text("de", text.easy()).orElseThrow();
		String key = text.key(lang);
		List<TextField> expected = java.util.Arrays.stream(TextField.values()).filter(f -> f.of(german) != null).toList();
		List<TextField> done = expected.stream().filter(f -> delivered.containsKey(f) && delivered.get(f).translated()
				&& !delivered.get(f).target().isBlank()).toList();
		if (done.isEmpty()) {
			untranslated.add(entry.id() + " [" + key + "]");
			return Optional.empty();
		}
		if (done.size() < expected.size()) {
			List<String> missing = expected.stream().filter(f -> !done.contains(f)).map(TextField::key).toList();
			problems.add("Entry '" + entry.id() + "' [" + key + "] is translated only in part: " + String.join(", ", missing)
					+ " " + (missing.size() == 1 ? "is" : "are") + " missing or not marked translated. A text is "
					+ "imported whole or not at all.");
			return Optional.empty();
		}
		Map<TextField, String> fields = new EnumMap<>(TextField.class);
		done.forEach(f -> fields.put(f, delivered.get(f).target().strip()));
		boolean reviewed = done.stream().allMatch(f -> delivered.get(f).state() == TargetState.REVIEWED
				|| delivered.get(f).state() == TargetState.FINAL);
		return Optional.of(new Translation(entry, key, fields, reviewed));
	}

	private static boolean same(String a, String b) {
		return b != null && a.strip().replaceAll("\\s+", " ").equals(b.strip().replaceAll("\\s+", " "));
	}

}
