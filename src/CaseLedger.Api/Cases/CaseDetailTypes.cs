using CaseLedger.Api.Cases.StepDetails;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Cases;
using GraphQL.Types;

namespace CaseLedger.Api.Cases;

internal sealed class CaseStepRecordType : ObjectGraphType<CaseStepRecord>
{
    public CaseStepRecordType()
    {
        Name = "CaseStepRecord";
        Description = "A recorded procedure step (程序步骤) as it currently stands: which step, the stream version of its record and its date.";
        Field(x => x.Step, type: typeof(NonNullGraphType<EnumerationGraphType<ProcedureStep>>)).Description("The step.");
        Field(x => x.Version, type: typeof(NonNullGraphType<IntGraphType>)).Description(
            "Stream version of the step's current record: pass it as correction.correctedVersion to correct this step.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The date the step happened (its effective date).");
        this.AddStepDetailsField();
    }
}

internal sealed class CaseCorrectionType : ObjectGraphType<CaseCorrection>
{
    public CaseCorrectionType()
    {
        Name = "CaseCorrection";
        Description = "更正: a step record that was wrong and re-recorded. The wrong record stays in the history at correctedVersion; "
            + "the replacement is the event right after the correction (version + 1).";
        Field(x => x.CorrectedVersion, type: typeof(NonNullGraphType<IntGraphType>)).Description("Stream version of the wrong record.");
        Field(x => x.Step, type: typeof(NonNullGraphType<EnumerationGraphType<ProcedureStep>>)).Description("The step corrected.");
        Field(x => x.Reason).Description("更正理由: why the record was wrong.");
        Field(x => x.CorrectedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("The day the correction was made.");
        Field(x => x.Version, type: typeof(NonNullGraphType<IntGraphType>)).Description(
            "Stream version of the correction itself; the replacement record is version + 1.");
    }
}

internal sealed class CaseMotionType : ObjectGraphType<CaseMotion>
{
    public CaseMotionType()
    {
        Name = "CaseMotion";
        Description = "动议: who proposed the move and what.";
        Field(x => x.ProposedBy).Description("提议人/提议机关.");
        Field(x => x.Summary).Description("动议内容.");
        Field(x => x.RaisedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("动议日期.");
        Field(x => x.OrganisingAuthority, nullable: true).Description("组织实施机关, when recorded apart from the proposer.");
        Field(x => x.DelegationReference, nullable: true).Description("授权文号: the region's delegation to organise it locally, if any.");
    }
}

internal sealed class CaseDecisionType : ObjectGraphType<CaseDecision>
{
    public CaseDecisionType()
    {
        Name = "CaseDecision";
        Description = "讨论决定: the body and tally as minuted. Valid: ≥ 2/3 of membersEntitled present, votesFor > 1/2 of membersEntitled, "
            + "a standing committee / party leadership group / plenary (not a 书记办公会 or 圈阅), principal leader speaking last.";
        Field(x => x.Body, type: typeof(NonNullGraphType<EnumerationGraphType<DecisionBody>>)).Description("决策机构.");
        Field(x => x.MembersEntitled).Description("应到会人数.");
        Field(x => x.Attendees).Description("实到会人数.");
        Field(x => x.VotesFor).Description("赞成票.");
        Field(x => x.VotesAgainst).Description("反对票.");
        Field(x => x.Abstentions).Description("弃权票.");
        Field(x => x.PrincipalSpokeLast).Description("主要负责人末位表态.");
        Field(x => x.DecidedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("会议日期.");
    }
}

internal sealed class CasePublicNoticeType : ObjectGraphType<CasePublicNotice>
{
    public CasePublicNoticeType()
    {
        Name = "CasePublicNotice";
        Description = "任前公示: where and over which window (at least 5 working days are required), and the objections.";
        Field(x => x.Scope).Description("公示范围.");
        Field(x => x.StartOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("公示开始日期.");
        Field(x => x.EndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("公示结束日期.");
        Field(x => x.ObjectionsReceived).Description("收到异议件数.");
        Field(x => x.ObjectionsResolved).Description("已处理异议件数.");
    }
}

internal sealed class CaseApprovalType : ObjectGraphType<CaseApproval>
{
    public CaseApprovalType()
    {
        Name = "CaseApproval";
        Description = "审批: the request to the upper authority and, once answered, its answer (granted is null while pending).";
        Field(x => x.Authority).Description("审批机关 asked.");
        Field(x => x.Attachments).Description("报送材料 sent with the request.");
        Field(x => x.RequestedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("报请日期.");
        Field(x => x.Granted, nullable: true).Description("true 批准, false 不予批准, null while pending.");
        Field(x => x.AnsweredBy, nullable: true).Description("批复机关; null while pending.");
        Field(x => x.Reference, nullable: true).Description("批复文号 of a granted approval.");
        Field(x => x.RefusalReason, nullable: true).Description("不予批准理由 of a refused approval.");
        Field(x => x.AnsweredOn, type: typeof(DateOnlyGraphType)).Description("批复日期; null while pending.");
    }
}

internal sealed class CaseFilingType : ObjectGraphType<CaseFiling>
{
    public CaseFilingType()
    {
        Name = "CaseFiling";
        Description = "备案: the submission to the upper authority and, once accepted, the acceptance (acceptedOn is null while pending).";
        Field(x => x.Authority).Description("备案机关 filed with.");
        Field(x => x.Attachments).Description("报送材料.");
        Field(x => x.SubmittedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("报送日期.");
        Field(x => x.AcceptedBy, nullable: true).Description("受理机关; null while pending.");
        Field(x => x.AcceptedOn, type: typeof(DateOnlyGraphType)).Description("受理日期; null while pending.");
    }
}

internal sealed class CaseSendingUnitConsentType : ObjectGraphType<CaseSendingUnitConsent>
{
    public CaseSendingUnitConsentType()
    {
        Name = "CaseSendingUnitConsent";
        Description = "派出单位同意: the sending unit's consent to promote a seconded cadre.";
        Field<NonNullGraphType<UnitType>>("sendingUnit").Description("派出单位.").Resolve(c => c.LoadUnit(c.Source.SendingUnitId));
        Field(x => x.ConsentReference).Description("同意函文号.");
        Field(x => x.ConsentedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("同意日期.");
    }
}

internal sealed class CaseTransferQualificationType : ObjectGraphType<CaseTransferQualification>
{
    public CaseTransferQualificationType()
    {
        Name = "CaseTransferQualification";
        Description = "提拔调任资格: how the cadre obtained the qualification for the post of a promotion transfer (NX-PROMO-TRANSFER-ELIGIBILITY).";
        Field(x => x.Route, type: typeof(NonNullGraphType<EnumerationGraphType<QualificationRoute>>)).Description("取得任职资格的途径.");
        Field(x => x.Reference).Description("资格依据文号: the selection result or election document.");
        Field(x => x.ObtainedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("取得资格日期.");
    }
}

internal sealed class CaseAppointmentNoticeType : ObjectGraphType<CaseAppointmentNotice>
{
    public CaseAppointmentNoticeType()
    {
        Name = "CaseAppointmentNotice";
        Description = "任职通知: when the appointment takes effect and whether it is probationary.";
        Field(x => x.TakesEffectOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("任职生效日期.");
        Field(x => x.OnProbation).Description("试用期: whether the appointment is probationary.");
        Field(x => x.ProbationMonths, nullable: true).Description("试用期月数; null without probation.");
        Field(x => x.IssuedOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("发文日期.");
    }
}

internal sealed class CaseProbationType : ObjectGraphType<CaseProbation>
{
    public CaseProbationType()
    {
        Name = "CaseProbation";
        Description = "试用期: its window, the assessment once made (passed is null until then) and the formal appointment.";
        Field(x => x.StartOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("试用期开始日期.");
        Field(x => x.PlannedEndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("试用期满日期.");
        Field(x => x.Passed, nullable: true).Description("考核结果: true 胜任, false 不胜任 (the case closed), null until assessed.");
        Field(x => x.Assessment, nullable: true).Description("考核意见.");
        Field(x => x.AssessedOn, type: typeof(DateOnlyGraphType)).Description("考核日期.");
        Field(x => x.FormallyAppointedOn, type: typeof(DateOnlyGraphType)).Description("正式任职日期; null until appointed formally.");
    }
}

internal sealed class CaseSecondmentType : ObjectGraphType<CaseSecondment>
{
    public CaseSecondmentType()
    {
        Name = "CaseSecondment";
        Description = "挂职: sending and host units, the post held at the host, the window (extended or not) and how it ended.";
        Field<NonNullGraphType<UnitType>>("sendingUnit").Description("派出单位: keeps the personnel relation.")
            .Resolve(c => c.LoadUnit(c.Source.SendingUnitId));
        Field<NonNullGraphType<UnitType>>("hostUnit").Description("挂职单位.").Resolve(c => c.LoadUnit(c.Source.HostUnitId));
        Field(x => x.HostPost, type: typeof(PostType)).Description("挂任职务; null when none.");
        Field(x => x.StartOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("挂职开始日期.");
        Field(x => x.PlannedEndOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("计划结束日期, after the latest extension.");
        Field(x => x.PlannedEnds, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<DateOnlyGraphType>>>)).Description(
            "The planned end set at the start, then one per extension (挂职延期); more than one entry means it was extended.");
        Field(x => x.EndedOn, type: typeof(DateOnlyGraphType)).Description("返回或留任日期; null while the secondment runs.");
        Field(x => x.RetainedInPost, type: typeof(PostType)).Description("留任职务 when the cadre stayed at the host; null otherwise.");
        Field(x => x.RetentionReference, nullable: true).Description("留任决定文号.");
    }
}
