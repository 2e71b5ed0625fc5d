using System.Text;
using OpenChannels.Portal.Common;

namespace OpenChannels.Portal.Statistics;

/// <summary>The report as CSV (RFC 4180): the totals, then one line per agent. Cells that a spreadsheet would run as formulas are quoted with a leading apostrophe.</summary>
public static class StatisticsCsv
{
    public static string Write(StatisticsReport report)
    {
        var csv = new StringBuilder();
        Line(csv, "metric", "value");
        Line(csv, "started", report.Started);
        Line(csv, "answered", report.Answered);
        Line(csv, "closed", report.Closed);
        Line(csv, "spam", report.Spam);
        Line(csv, "missed", report.Missed);
        Line(csv, "first_response_median_s", report.FirstResponseMedianSeconds);
        Line(csv, "first_response_p90_s", report.FirstResponseP90Seconds);
        Line(csv, "resolution_median_s", report.ResolutionMedianSeconds);
        Line(csv, "resolution_p90_s", report.ResolutionP90Seconds);
        Line(csv, "ratings_positive", report.PositiveRatings);
        Line(csv, "ratings_negative", report.NegativeRatings);
        Line(csv, "supervisor_average", report.SupervisorAverage);
        Line(csv, "kpi_first_answer_breaches", report.FirstAnswerBreaches);
        Line(csv, "kpi_next_answer_breaches", report.NextAnswerBreaches);
        csv.Append("\r\n");
        Line(csv, "agent", "answered", "first_response_median_s", "positive", "negative", "supervisor_average", "kpi_breaches");
        foreach (var a in report.Agents)
        {
            Line(csv, a.Name, a.Answered, a.FirstResponseMedianSeconds, a.Positive, a.Negative, a.SupervisorAverage, a.KpiBreaches);
        }

        return csv.ToString();
    }

    private static void Line(StringBuilder csv, params object?[] cells) => Csv.Line(csv, cells);
}
