// Test driver for HvNetIpConfig.cs: one call per run. stdin: {"fn": "Carriers" | "Settled" | "Compare" |
// "PlanRepairs", "args": [...], "powershell": bool}; stdout: the result as JSON ({settled, waiting_for}
// for Settled). "powershell": true rebuilds the input as PowerShell would (ArrayList, case-insensitive
// Hashtable, Int64 numbers) to show the logic does not depend on JavaScriptSerializer's own types.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Web.Script.Serialization;
using HyperVNetwork;

public static class IpConfigDriver
{
    public static int Main()
    {
        JavaScriptSerializer json = new JavaScriptSerializer();
        json.MaxJsonLength = Int32.MaxValue;
        Dictionary<string, object> req = (Dictionary<string, object>)json.DeserializeObject(Console.In.ReadToEnd());
        IList args = (IList)req["args"];
        if (req.ContainsKey("powershell") && (bool)req["powershell"]) { args = (IList)AsPowerShell(args); }
        object result;
        switch ((string)req["fn"])
        {
            case "Carriers":
                result = IpConfig.Carriers((IList)args[0]);
                break;
            case "Settled":
                string waiting;
                bool settled = IpConfig.Settled((IList)args[0], (IList)args[1], out waiting);
                Dictionary<string, object> r = new Dictionary<string, object>();
                r["settled"] = settled;
                r["waiting_for"] = waiting;
                result = r;
                break;
            case "Compare":
                result = IpConfig.Compare((IList)args[0], (IList)args[1]);
                break;
            case "PlanRepairs":
                result = IpConfig.PlanRepairs((IList)args[0], (IList)args[1]);
                break;
            default:
                Console.Error.WriteLine("unknown fn " + req["fn"]);
                return 2;
        }
        Console.Out.Write(json.Serialize(result));
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
