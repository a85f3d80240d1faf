// Reads a JSON array of Kubernetes objects on stdin and checks each against the schema of its apiVersion and
// kind; prints one line per problem and exits 1 if there is any (2 for an unknown kind).
const input = await new Promise((resolve) => {
  let text = "";
  process.stdin.on("data", (chunk) => (text += chunk));
  process.stdin.on("end", () => resolve(text));
});
let problems = 0;
for (const object of JSON.parse(input)) {
  const name = `${object.kind}/${object.metadata?.name}`;
  let model;
  try {
    model = (await import(`kubernetes-models/${object.apiVersion}/${object.kind}`))[object.kind];
  } catch (e) {
    console.log(`${name}: no schema for ${object.apiVersion} ${object.kind}`);
    process.exit(2);
  }
  try {
    new model(object).validate();
    console.log(`${name}: valid`);
  } catch (e) {
    problems++;
    console.log(`${name}: ${e.message}`);
  }
}
process.exit(problems === 0 ? 0 : 1);
