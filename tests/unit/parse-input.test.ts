import { describe, expect, it } from "vitest";
import { Invalid } from "@/lib/errors";
import { createUserInput } from "@/lib/users/create-user";
import { parseInput } from "@/lib/validation/parse";

function fieldErrors(input: unknown) {
  try {
    parseInput(createUserInput, input);
  } catch (error) {
    if (error instanceof Invalid) return error.fields;
    throw error;
  }
  return {};
}

const valid = {
  email: "  Someone@Example.ORG ",
  name: "Someone",
  role: "magistrate",
  unitId: "5b0b3f2e-8f1c-4a57-9a4c-1f2e3d4c5b6a",
  locale: "fr",
  password: "long enough password",
};

describe("input validation gives message keys per field", () => {
  it("normalises a valid account", () => {
    expect(parseInput(createUserInput, valid).email).toBe("someone@example.org");
  });

  it("names each faulty field with a translatable key", () => {
    expect(
      fieldErrors({ ...valid, email: "not-an-email", name: "", role: "superuser", password: "short" }),
    ).toEqual({
      email: ["invalidEmail"],
      name: ["required"],
      role: ["invalidChoice"],
      password: ["passwordTooShort"],
    });
  });

  it("reports a missing unit together with the other faulty fields", () => {
    expect(fieldErrors({ ...valid, unitId: undefined, name: "" })).toEqual({ name: ["required"], unitId: ["unitRequired"] });
  });

  it("requires a unit for every role but administrator", () => {
    expect(fieldErrors({ ...valid, unitId: undefined })).toEqual({ unitId: ["unitRequired"] });
    expect(fieldErrors({ ...valid, role: "admin", unitId: undefined })).toEqual({});
  });

  it("refuses over-long values", () => {
    expect(fieldErrors({ ...valid, name: "x".repeat(201) })).toEqual({ name: ["tooLong"] });
  });
});
