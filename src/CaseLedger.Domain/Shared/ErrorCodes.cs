namespace CaseLedger.Domain.Shared;

/// <summary>
/// Every <see cref="DomainException.Code"/> the ledger can return, domain and API alike, so a
/// front end can switch on a closed list. <see cref="Descriptions"/> says what to do about each.
/// </summary>
public static class ErrorCodes
{
    // Input
    public const string Required = "REQUIRED";
    public const string TooLong = "TOO_LONG";
    public const string DateInFuture = "DATE_IN_FUTURE";
    public const string EndBeforeStart = "END_BEFORE_START";
    public const string NotPositive = "NOT_POSITIVE";
    public const string NegativeNumber = "NEGATIVE_NUMBER";
    public const string CountExceedsTotal = "COUNT_EXCEEDS_TOTAL";
    public const string InconsistentInput = "INCONSISTENT_INPUT";
    public const string InvalidValue = "INVALID_VALUE";
    public const string NoChange = "NO_CHANGE";

    // Raised by the API
    public const string NotFound = "NOT_FOUND";
    public const string InvalidId = "INVALID_ID";
    public const string DuplicateCode = "DUPLICATE_CODE";
    public const string ConcurrencyConflict = "CONCURRENCY_CONFLICT";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string AuthRequired = "AUTH_REQUIRED";
    public const string Forbidden = "FORBIDDEN";
    public const string ImplausibleDate = "IMPLAUSIBLE_DATE";
    public const string InvalidText = "INVALID_TEXT";

    // Requests the server refuses or cannot serve (GraphQL errors' extensions.code, not UserError)
    public const string Internal = "INTERNAL";
    public const string Unavailable = "UNAVAILABLE";
    public const string RateLimited = "RATE_LIMITED";
    public const string DocumentTooLong = "DOCUMENT_TOO_LONG";
    public const string TokenLimit = "TOKEN_LIMIT";
    public const string FieldLimit = "FIELD_LIMIT";
    public const string FragmentLimit = "FRAGMENT_LIMIT";
    public const string FragmentChainLimit = "FRAGMENT_CHAIN_LIMIT";
    public const string NestingLimit = "NESTING_LIMIT";
    public const string FragmentCycle = "FRAGMENT_CYCLE";
    public const string AliasLimit = "ALIAS_LIMIT";
    public const string SyntaxError = "SYNTAX_ERROR";
    public const string Timeout = "TIMEOUT";

    // More top-level errors (the request itself, not a domain refusal): see README, "Errors"
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string OffsetRequired = "OFFSET_REQUIRED";
    public const string Complexity = "COMPLEXITY";
    public const string PageSizeLimit = "PAGE_SIZE_LIMIT";
    public const string InvalidPageSize = "INVALID_PAGE_SIZE";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidVersion = "INVALID_VERSION";
    public const string InvalidDigest = "INVALID_DIGEST";

    // Units
    public const string ParentDissolved = "PARENT_DISSOLVED";
    public const string LevelAboveParent = "LEVEL_ABOVE_PARENT";
    public const string ParentInSubtree = "PARENT_IN_SUBTREE";
    public const string NotAVillage = "NOT_A_VILLAGE";
    public const string ApprovalDateRequired = "APPROVAL_DATE_REQUIRED";
    public const string UnitDissolved = "UNIT_DISSOLVED";

    // Cadres
    public const string WorkBeforeBirth = "WORK_BEFORE_BIRTH";
    public const string PartyBeforeBirth = "PARTY_BEFORE_BIRTH";
    public const string PostBeforeBirth = "POST_BEFORE_BIRTH";
    public const string CadreLeftService = "CADRE_LEFT_SERVICE";
    public const string AssessmentYearInvalid = "ASSESSMENT_YEAR_INVALID";
    public const string AssessmentAlreadyRecorded = "ASSESSMENT_ALREADY_RECORDED";
    public const string AssessmentNotRecorded = "ASSESSMENT_NOT_RECORDED";
    public const string AlreadyInReservePool = "ALREADY_IN_RESERVE_POOL";
    public const string NotInReservePool = "NOT_IN_RESERVE_POOL";
    public const string UnknownField = "UNKNOWN_FIELD";

    // Cases
    public const string ToPostRequired = "TO_POST_REQUIRED";
    public const string CaseClosed = "CASE_CLOSED";
    public const string CaseAlreadyEffective = "CASE_ALREADY_EFFECTIVE";
    public const string WrongCaseKind = "WRONG_CASE_KIND";
    public const string StepAlreadyRecorded = "STEP_ALREADY_RECORDED";
    public const string StepMissing = "STEP_MISSING";
    public const string StepOutOfOrder = "STEP_OUT_OF_ORDER";
    public const string NoProbation = "NO_PROBATION";
    public const string NotAnExtension = "NOT_AN_EXTENSION";
    public const string CorrectionTargetInvalid = "CORRECTION_TARGET_INVALID";
    public const string StepAlreadyCorrected = "STEP_ALREADY_CORRECTED";
    public const string CorrectionStepMismatch = "CORRECTION_STEP_MISMATCH";

    // Audit findings
    public const string FindingStatusInvalid = "FINDING_STATUS_INVALID";

    // Imports
    public const string DuplicateRowKey = "DUPLICATE_ROW_KEY";
    public const string DependsOnRejectedRow = "DEPENDS_ON_REJECTED_ROW";

    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        [Required] = "The field named is empty or missing; fill it in.",
        [TooLong] = "The text in the field named is longer than allowed; shorten it.",
        [DateInFuture] = "The date in the field named is after today; events are recorded once they happened.",
        [EndBeforeStart] = "The end date in the field named is before the start date; fix one of the two.",
        [NotPositive] = "The number in the field named must be at least 1.",
        [NegativeNumber] = "The number in the field named cannot be negative.",
        [CountExceedsTotal] = "A count is larger than the total it is part of (e.g. attendees > members entitled); check the figures.",
        [InconsistentInput] = "Two inputs contradict each other (e.g. probationMonths without onProbation); fix the field named.",
        [InvalidValue] = "The value cannot be read for this field (dates yyyy-MM-dd, enum names as listed, lists separated by ';').",
        [NoChange] = "The new value equals the recorded one; nothing to record.",
        [NotFound] = "No record has the id in the field named; pick an existing one.",
        [InvalidId] = "The id in the field named is not an id of the expected type (e.g. a unit id given as cadreId).",
        [DuplicateCode] = "Another unit already has this code; choose a different code.",
        [ConcurrencyConflict] = "Someone changed the record since you read it; reload it and retry with the new version.",
        [IdempotencyKeyReused] = "You already used this idempotency key for another mutation or with a different input; nothing was recorded. Use a new key for a new command.",
        [AuthRequired] = "The request carries no valid bearer token; sign in (Authorization: Bearer <token>) and retry.",
        [Forbidden] = "Your role may not do this (the message names the permission it needs); ask someone whose role may.",
        [InvalidRequest] = "The request is not a valid GraphQL request (syntax, unknown field, wrong argument or variable type, bad JSON); extensions.codes has the rule broken. Fix the document.",
        [OffsetRequired] = "A timestamp argument has no UTC offset; send it with Z or ±hh:mm (e.g. 2020-03-01T09:00:00+08:00). It is never guessed.",
        [Complexity] = "The document is too deep or too costly (lists count by first/last); ask for fewer levels or smaller pages.",
        [PageSizeLimit] = "first/last (or nodes' ids) exceed the page size limit of 100; page through instead.",
        [InvalidPageSize] = "first/last cannot be negative.",
        [InvalidCursor] = "after/before is not a cursor from this connection; use a cursor from pageInfo or edges.",
        [InvalidVersion] = "A stream version starts at 1.",
        [InvalidDigest] = "The digest is not a digest exported by this ledger (tools/caseledger digest).",
        [ImplausibleDate] = "The date in the field named is outside the plausible range for it (the message gives the range); check the year.",
        [InvalidText] = "A string holds a NUL or another control character, or a lone UTF-16 surrogate (the message says where); send plain Unicode text.",
        [Internal] = "The server failed on its side; nothing was recorded unless the answer says so. Retry later; report it with the X-Correlation-Id if it persists.",
        [Unavailable] = "The database cannot be reached right now; nothing was recorded. Retry after the seconds in Retry-After (also extensions.retryAfterSeconds).",
        [RateLimited] = "Too many requests from you in a short time (HTTP 429); wait the seconds in Retry-After, then retry.",
        [DocumentTooLong] = "The query text is longer than the server allows; send a shorter document.",
        [TokenLimit] = "The document has more tokens than the server allows; select fewer fields.",
        [FieldLimit] = "An operation selects more fields (fragments expanded) than the server allows; select fewer fields or split the query.",
        [FragmentLimit] = "The document defines more fragments than the server allows; inline or merge them.",
        [FragmentChainLimit] = "Fragments spread fragments more levels deep than the server allows; flatten them.",
        [NestingLimit] = "Selections, lists or objects are nested deeper (fragments expanded) than the server allows; flatten the query.",
        [FragmentCycle] = "A fragment spreads itself (directly or through others); remove the cycle.",
        [AliasLimit] = "The document uses more aliases than the server allows; use fewer aliases.",
        [SyntaxError] = "The query text is not a GraphQL document (the message gives the position); fix the syntax.",
        [Timeout] = "The request ran longer than the server allows and was stopped; ask for less (smaller pages, fewer fields).",
        [ParentDissolved] = "The parent unit is dissolved; choose an active parent.",
        [LevelAboveParent] = "A unit cannot rank above its parent; choose a lower level or another parent.",
        [ParentInSubtree] = "A unit cannot move under itself or a unit below it; choose a parent outside its subtree.",
        [NotAVillage] = "Only a village-level unit can be a registered poor village.",
        [ApprovalDateRequired] = "Reclassifying a unit as 参公 needs the date it was approved.",
        [UnitDissolved] = "The unit is dissolved; nothing more can be recorded on it.",
        [WorkBeforeBirth] = "The work start date must be after the birth date.",
        [PartyBeforeBirth] = "The Party join date must be after the birth date.",
        [PostBeforeBirth] = "A post cannot start before the cadre was born.",
        [CadreLeftService] = "The cadre has left the service; nothing more can be recorded on the cadre.",
        [AssessmentYearInvalid] = "The assessment year must be between the year the cadre started work and this year.",
        [AssessmentAlreadyRecorded] = "That year's assessment is recorded; use correctAnnualAssessment to change it.",
        [AssessmentNotRecorded] = "No assessment is recorded for that year; record it instead of correcting it.",
        [AlreadyInReservePool] = "The cadre is already in the reserve-cadre pool (后备干部).",
        [NotInReservePool] = "The cadre is not in the reserve-cadre pool.",
        [UnknownField] = "The field cannot be corrected; use one of the listed personal-detail fields.",
        [ToPostRequired] = "Exchange and appointment cases need the post the cadre moves to.",
        [CaseClosed] = "The case is closed, withdrawn or rejected; nothing more can be recorded on it.",
        [CaseAlreadyEffective] = "The case has taken effect; it can no longer be withdrawn or rejected.",
        [WrongCaseKind] = "This step does not exist for this kind of case (e.g. an appointment notice on a secondment).",
        [StepAlreadyRecorded] = "The step is already recorded; send it again with a correction (correctedVersion, reason).",
        [StepMissing] = "A step this one depends on is not recorded; the message names it. Record it first.",
        [StepOutOfOrder] = "This step is dated before the step it depends on; the message names both. Check the dates.",
        [NoProbation] = "The appointment notice set no probation, so no probation can be started or assessed.",
        [NotAnExtension] = "The new planned end must be later than the current planned end.",
        [CorrectionTargetInvalid] = "correctedVersion is not the version of a recorded step of this case; pick it from the case's history.",
        [StepAlreadyCorrected] = "That version was already corrected; correct the newest record of the step instead.",
        [CorrectionStepMismatch] = "A correction must re-record the same step as the version it corrects.",
        [FindingStatusInvalid] = "The finding's status does not allow this action (e.g. resolving one not confirmed); the message names the statuses that do.",
        [DuplicateRowKey] = "Two rows of an import give the same key (unit code, cadre key or case key); keep one of them.",
        [DependsOnRejectedRow] = "The row belongs to, or refers to, a unit, cadre or case that another row of the same import could not record (the message names it); fix that row and import again.",
    };
}
