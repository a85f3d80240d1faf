package de.wesermarsch.wegweiser.needs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import de.wesermarsch.wegweiser.content.EntryType;

/** The needs suite's report: per language, how often the first hit is help, with a next step, or a measure. */
final class NeedsReport {

	private NeedsReport() {
	}

	static String markdown(List<NeedsTest.Judged> judged) {
		Map<String, List<NeedsTest.Judged>> by = new TreeMap<>();
		judged.forEach(j -> by.computeIfAbsent(j.query().language(), k -> new ArrayList<>()).add(j));
		StringBuilder out = new StringBuilder("# Needs\n\n").append(judged.size())
			.append(" queries: each first need asked as one word, a short phrase and a question in every language. ")
			.append("First hit judged: help on the need (an offer or guide page listed for it), with a next step of ")
			.append("its own (a contact or official address), or a measure.\n\n")
			.append("| language | queries | help first | help with a next step first | measure first |\n|---|---|---|---|---|\n");
		by.forEach((lang, js) -> out.append(row(lang, js)));
		out.append(row("**all**", judged)).append("\n## First hits that are not help with a next step\n\n");
		judged.stream().filter(j -> !j.nextStep()).forEach(j -> out.append("- ").append(j.query().language())
			.append(" `").append(j.query().q()).append("` (").append(j.query().need()).append(") → ")
			.append(j.firstId() == null ? "nothing" : j.firstId() + " (" + j.firstType().id() + ")")
			.append(j.help() ? ", help without a contact of its own" : "").append('\n'));
		return out.toString();
	}

	private static String row(String lang, List<NeedsTest.Judged> js) {
		long help = js.stream().filter(NeedsTest.Judged::help).count();
		long next = js.stream().filter(NeedsTest.Judged::nextStep).count();
		long measure = js.stream().filter(j -> j.firstType() == EntryType.MEASURE).count();
		return String.format("| %s | %d | %.2f | %.2f | %d |%n", lang, js.size(), (double) help / js.size(),
				(double) next / js.size(), measure);
	}

}
