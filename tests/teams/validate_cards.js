// Validates Adaptive Cards with Microsoft's own renderer library (npm "adaptivecards"),
// the parser Teams' web client builds on. Reads a JSON array of cards on stdin and prints
// a JSON array: for each card, the list of parse and validation problems (empty = valid).
const AC = require("adaptivecards/dist/adaptivecards.js");

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
