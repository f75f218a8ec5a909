using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Learnware.Server.Tests;

/// <summary>The HTTP calls the tests make, over a client of the in-process dock.</summary>
internal static class DockClient
{
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, byte[] package, string? id = null, string? semantic = null)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(package), "package", "learnware.zip" } };
        if (semantic is not null)
            form.Add(new StringContent(semantic), "semantic");
        return id is null ? await client.PostAsync("/api/v1/learnwares", form) : await client.PutAsync($"/api/v1/learnwares/{id}", form);
    }

    public static async Task<JsonElement> JsonAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>());

    /// <summary>
    /// Polls a learnware until the client sees it usable (its owner sees its newest version, others the latest usable
    /// one); bounded, so a stuck queue fails the test.
    /// </summary>
    public static async Task<JsonElement> WaitUsableAsync(this HttpClient client, string id)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            var response = await client.GetAsync($"/api/v1/learnwares/{id}");
            if (response.StatusCode == HttpStatusCode.OK && await response.JsonAsync() is var detail && detail.GetProperty("status").GetString() == "usable")
                return detail;
            await Task.Delay(100);
        }

        throw new TimeoutException($"learnware {id} did not become usable within a minute");
    }
}
