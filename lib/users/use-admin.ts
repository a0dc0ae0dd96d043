"use client";
// React Query hooks for the Admin page: people and API keys. Mutations update the cached list
// with the server's answer, so the table never shows a state the server did not confirm.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { fetchJson } from "@/lib/api/fetch-json";
import type { ApiKeyCreated, ApiKeyCreateIn, ApiKeyList, ApiKeyRow, UserCreateIn, UserList, UserRow, UserUpdateIn } from "./schemas";

/** Typed React Query keys for the Admin page: one factory, so invalidation always matches. */
export const adminKeys = {
  all: ["admin"] as const,
  users: () => [...adminKeys.all, "users"] as const,
  apiKeys: () => [...adminKeys.all, "api-keys"] as const,
};

export function useUsers() {
  return useQuery({ queryKey: adminKeys.users(), queryFn: () => fetchJson<UserList>("/api/v1/users") });
}

function replaceUser(list: UserList | undefined, row: UserRow): UserList | undefined {
  if (!list) return list;
  const exists = list.users.some((u) => u.id === row.id);
  return { users: exists ? list.users.map((u) => (u.id === row.id ? row : u)) : [row, ...list.users] };
}

export function useCreateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: UserCreateIn) => fetchJson<UserRow>("/api/v1/users", { method: "POST", body: input }),
    onSuccess: (row) => {
      client.setQueryData<UserList>(adminKeys.users(), (list) => replaceUser(list, row));
      void client.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
}

export function useUpdateUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, update }: { id: string; update: UserUpdateIn }) => fetchJson<UserRow>(`/api/v1/users/${encodeURIComponent(id)}`, { method: "PATCH", body: update }),
    onSuccess: (row) => client.setQueryData<UserList>(adminKeys.users(), (list) => replaceUser(list, row)),
  });
}

export function useApiKeys() {
  return useQuery({ queryKey: adminKeys.apiKeys(), queryFn: () => fetchJson<ApiKeyList>("/api/v1/api-keys") });
}

function replaceKey(list: ApiKeyList | undefined, row: ApiKeyRow): ApiKeyList | undefined {
  if (!list) return list;
  const exists = list.keys.some((k) => k.id === row.id);
  return { keys: exists ? list.keys.map((k) => (k.id === row.id ? row : k)) : [row, ...list.keys] };
}

export function useCreateApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ApiKeyCreateIn) => fetchJson<ApiKeyCreated>("/api/v1/api-keys", { method: "POST", body: input }),
    onSuccess: (created) => {
      client.setQueryData<ApiKeyList>(adminKeys.apiKeys(), (list) => replaceKey(list, created.key));
      void client.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
}

export function useRevokeApiKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => fetchJson<ApiKeyRow>(`/api/v1/api-keys/${encodeURIComponent(id)}`, { method: "DELETE" }),
    onSuccess: (row) => {
      client.setQueryData<ApiKeyList>(adminKeys.apiKeys(), (list) => replaceKey(list, row));
      void client.invalidateQueries({ queryKey: adminKeys.users() });
    },
  });
}
