// Test driver for tests/hostcode/test_ipconfig_agreement.py: many Compare calls in one mono process.
// stdin: {"cases": [[before, after], ...], "powershell": bool}; stdout: one list per case, the entries of
// IpConfig.Compare(before, after) without "was", each with "awaits_domain" = IpConfig.AwaitsDomain(entry).
// "powershell": true rebuilds the input as PowerShell would (ArrayList, case-insensitive Hashtable, Int64).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Web.Script.Serialization;
using HyperVNetwork;

public static class IpConfigAgreementDriver
{
    public static int Main()
    {
        JavaScriptSerializer json = new JavaScriptSerializer();
        json.MaxJsonLength = Int32.MaxValue;
        Dictionary<string, object> req = (Dictionary<string, object>)json.DeserializeObject(Console.In.ReadToEnd());
        bool ps = req.ContainsKey("powershell") && (bool)req["powershell"];
        List<object> results = new List<object>();
        foreach (object c in (IList)req["cases"])
        {
            IList pair = (IList)(ps ? AsPowerShell(c) : c);
            List<object> diffs = new List<object>();
            foreach (Dictionary<string, object> d in IpConfig.Compare((IList)pair[0], (IList)pair[1]))
            {
                d.Remove("was");
                d["awaits_domain"] = IpConfig.AwaitsDomain(d);
                diffs.Add(d);
            }
            results.Add(diffs);
        }
        Console.Out.Write(json.Serialize(results));
        return 0;
    }

    private static object AsPowerShell(object value)
    {
        IDictionary d = value as IDictionary;
        if (d != null)
        {
            Hashtable h = new Hashtable(StringComparer.OrdinalIgnoreCase);
            foreach (DictionaryEntry e in d) { h[e.Key] = AsPowerShell(e.Value); }
            return h;
        }
        if (value is string) { return value; }
        IList list = value as IList;
        if (list != null)
        {
            ArrayList a = new ArrayList();
            foreach (object o in list) { a.Add(AsPowerShell(o)); }
            return a;
        }
        if (value is int) { return (long)(int)value; }
        return value;
    }
}
