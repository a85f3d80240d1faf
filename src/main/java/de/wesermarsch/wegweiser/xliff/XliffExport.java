package de.wesermarsch.wegweiser.xliff;

import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import net.sf.okapi.lib.xliff2.core.MidFileData;
import net.sf.okapi.lib.xliff2.core.Note;
import net.sf.okapi.lib.xliff2.core.Segment;
import net.sf.okapi.lib.xliff2.core.StartFileData;
import net.sf.okapi.lib.xliff2.core.StartXliffData;
import net.sf.okapi.lib.xliff2.core.TargetState;
import net.sf.okapi.lib.xliff2.core.Unit;
import net.sf.okapi.lib.xliff2.glossary.GlossEntry;
import net.sf.okapi.lib.xliff2.glossary.Term;
import net.sf.okapi.lib.xliff2.metadata.Meta;
import net.sf.okapi.lib.xliff2.metadata.MetaGroup;
import net.sf.okapi.lib.xliff2.metadata.Metadata;
import net.sf.okapi.lib.xliff2.writer.XLIFFWriter;

import de.wesermarsch.wegweiser.content.Content;
import de.wesermarsch.wegweiser.content.Entry;
import de.wesermarsch.wegweiser.content.Provenance;
import de.wesermarsch.wegweiser.content.Text;

/**
 * Writes the texts a language needs as an XLIFF 2.1 file for a translation agency (Okapi's XLIFF 2 library does
 * the XML): one unit per field of each due text, the German as source, the current machine-assisted text (where
 * there is one) as the target for post-editing, marked as such, and notes that give the translator context —
 * the kind of entry, its topics, and the glossary's terms that occur, as XLIFF's own glossary module.
 */
final class XliffExport {

	/** The segment sub-state that marks a target as made with a machine, not by a person. */
	static final String MACHINE = "wegweiser:machine-assisted";

	private final Content content;

	private final Glossary glossary;

	XliffExport(Content content, Glossary glossary) {
		this.content = content;
		this.glossary = glossary;
	}

	/** Writes the file and returns how many units it holds. */
	int write(Writer out, String lang, List<Due> due, LocalDate today) {
		int units = 0;
		try (XLIFFWriter writer = new XLIFFWriter()) {
			writer.setLineBreak("\n");
			writer.create(out, "de");
			StartXliffData start = new StartXliffData("2.1");
			start.setSourceLanguage("de");
			start.setTargetLanguage(lang);
			writer.writeStartDocument(start, null);
			StartFileData file = new StartFileData("content");
			file.setOriginal(content.version());
			writer.writeStartFile(file);
			writer.writeMidFile(header(today));
			for (Due text : due) {
				for (TextField field : TextField.values()) {
					String source = field.of(text.source());
					if (source != null) {
						writer.writeUnit(unit(text, field, source, lang));
						units++;
					}
				}
			}
			writer.writeEndFile();
			writer.writeEndDocument();
		}
		return units;
	}

	/**
	 * File-level notes for the agency and the metadata group it fills in: who translated, who revised, when. The
	 * import takes the names from there, so the service can say whose translation a reader sees.
	 */
	private MidFileData header(LocalDate today) {
		MidFileData mid = new MidFileData();
		mid.addNote(note("instructions", "Translate each segment and set its state to translated (or reviewed, or "
				+ "final, after a second person's revision). Segments left in state initial are not imported. "
				+ "Targets marked " + MACHINE + " are machine-assisted drafts for post-editing. Fill in the metadata "
				+ "group 'translation': translator and/or agency, reviewer if there was one, and the date (YYYY-MM-DD)."));
		Metadata metadata = new Metadata();
		MetaGroup export = new MetaGroup("export");
		export.add(new Meta("content-version", content.version()));
		export.add(new Meta("exported-on", today.toString()));
		metadata.addGroup(export);
		MetaGroup translation = new MetaGroup("translation");
		for (String type : Delivery.FIELDS) {
			translation.add(new Meta(type, ""));
		}
		metadata.addGroup(translation);
		mid.setMetadata(metadata);
		return mid;
	}

	private Unit unit(Due text, TextField field, String source, String lang) {
		Entry entry = text.entry();
		UnitId id = new UnitId(entry.id(), text.easy(), field, text.revision());
		Unit unit = new Unit(id.format());
		unit.setName(entry.id() + "/" + text.key(lang) + "/" + field.key());
		unit.addNote(note("context", context(entry, text.easy())));
		Segment segment = unit.appendSegment();
		segment.setPreserveWS(true);
		segment.setSource(source);
		Optional<String> draft = text.current().map(field::of);
		if (draft.isPresent()) {
			Text current = text.current().get();
			segment.setTarget(draft.get());
			segment.setState(TargetState.INITIAL);
			if (current.provenance() == Provenance.MACHINE_ASSISTED) {
				segment.setSubState(MACHINE);
				unit.addNote(note("target", "The target is a machine-assisted draft: post-edit it."));
			}
			if (current.translates() != null && current.translates() < entry.revision()) {
				unit.addNote(note("target", "The target translates revision " + current.translates()
						+ " of the German text; the source is revision " + entry.revision() + "."));
			}
		}
		for (Glossary.Term term : glossary.termsIn(source, lang)) {
			GlossEntry gloss = new GlossEntry();
			gloss.setTerm(new Term(term.german()));
			gloss.addTranslation(term.translation());
			if (term.note() != null) {
				gloss.setDefinition(new net.sf.okapi.lib.xliff2.glossary.Definition(term.note()));
			}
			unit.getGlossary().add(gloss);
		}
		return unit;
	}

	private String context(Entry entry, boolean easy) {
		String topics = entry.topics().stream()
			.map(t -> content.topics().containsKey(t) ? content.topics().get(t).name("de", false) : t)
			.collect(Collectors.joining(", "));
		return "Entry " + entry.id() + ", a " + entry.type().id() + (topics.isEmpty() ? "" : " on " + topics)
				+ (easy ? "; easy-language text (Leichte Sprache): keep sentences short and plain" : "") + ".";
	}

	private static Note note(String category, String text) {
		Note note = new Note(text, Note.AppliesTo.UNDEFINED);
		note.setCategory(category);
		return note;
	}

}
