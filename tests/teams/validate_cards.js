// Validates Adaptive Cards with Microsoft's own renderer library (npm "adaptivecards"),
// the parser Teams' web client builds on. Reads a JSON array of cards on stdin and prints
// a JSON array: for each card, the list of parse and validation problems (empty = valid).
const AC = require("adaptivecards/dist/adaptivecards.js");

// Teams' own CodeBlock element (a read-only text with a Copy button), which Teams registers with this
// library as we do here; the library alone does not know it. Checked: codeSnippet is given and the
// language is one Teams lists (we use PlainText). Rendering is Teams' business, not tested here.
// https://learn.microsoft.com/en-us/microsoftteams/platform/task-modules-and-cards/cards/cards-format#codeblock-in-adaptive-cards
const CODE_LANGUAGES = ["Bash", "C", "C++", "C#", "CSS", "DOS", "Go", "GraphQL", "HTML", "Java", "JavaScript", "JSON",
  "Objective-C", "Perl", "PHP", "PlainText", "PowerShell", "Python", "SQL", "TypeScript", "VbNet", "Verilog", "VHDL", "XML"];
class CodeBlock extends AC.CardElement {
  getJsonTypeName() { return "CodeBlock"; }
  internalRender() { return undefined; }
  internalValidateProperties(context) {
    super.internalValidateProperties(context);
    if (!this.getValue(CodeBlock.codeSnippetProperty)) {
      context.addFailure(this, AC.ValidationEvent.PropertyCantBeNull, "CodeBlock: codeSnippet is required");
    }
    const language = this.getValue(CodeBlock.languageProperty);
    if (language && !CODE_LANGUAGES.includes(language)) {
      context.addFailure(this, AC.ValidationEvent.InvalidPropertyValue, `CodeBlock: unknown language ${language}`);
    }
  }
}
CodeBlock.codeSnippetProperty = new AC.StringProperty(AC.Versions.v1_5, "codeSnippet", true);
CodeBlock.languageProperty = new AC.StringProperty(AC.Versions.v1_5, "language", true);
CodeBlock.startLineNumberProperty = new AC.NumProperty(AC.Versions.v1_5, "startLineNumber");
AC.GlobalRegistry.elements.register("CodeBlock", CodeBlock, AC.Versions.v1_5);

const chunks = [];
process.stdin.on("data", (chunk) => chunks.push(chunk));
process.stdin.on("end", () => {
  const cards = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  const results = cards.map((json) => {
    const problems = [];
    const context = new AC.SerializationContext(AC.Versions.v1_5);
    const card = new AC.AdaptiveCard();
    card.parse(json, context);
    for (let i = 0; i < context.eventCount; i++) {
      const event = context.getEventAt(i);
      problems.push(`parse: ${event.message}`);
    }
    const validation = card.validateProperties();
    for (const event of validation.validationEvents) {
      problems.push(`validate: ${event.message}`);
    }
    if (card.version && card.version.toString() !== "1.5") {
      problems.push(`version: ${card.version.toString()}`);
    }
    return problems;
  });
  process.stdout.write(JSON.stringify(results));
});
