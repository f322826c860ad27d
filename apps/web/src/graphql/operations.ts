// Every GraphQL operation the web app sends, with hand-written result and variable types.
// Names and shapes follow docs/API.md; keep them in step with the server's schema.
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { Role } from '@app/domain';

export type { Role };

export interface CatalogEntry {
  value: string;
  label: string;
}

export interface AccountSummary {
  id: string;
  username: string;
  role: Role;
  displayName: string;
}

export interface CurrentAccount extends AccountSummary {
  organization: { id: string; name: string } | null;
  region: { code: string; name: string } | null;
}

export interface Notification {
  id: string;
  title: string;
  body: string | null;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

// --- Login -------------------------------------------------------------------------------------------------

export interface LoginData {
  login: { token: string; account: AccountSummary };
}
export interface LoginVariables {
  username: string;
  password: string;
}
export const LOGIN: TypedDocumentNode<LoginData, LoginVariables> = gql`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      account {
        id
        username
        role
        displayName
      }
    }
  }
`;

// --- Me ----------------------------------------------------------------------------------------------------

export interface MeData {
  me: CurrentAccount;
}
export const ME: TypedDocumentNode<MeData, Record<string, never>> = gql`
  query Me {
    me {
      id
      username
      role
      displayName
      organization {
        id
        name
      }
      region {
        code
        name
      }
    }
  }
`;

// --- Catalog -----------------------------------------------------------------------------------------------

export interface CatalogData {
  catalog: { roles: CatalogEntry[] };
}
export const CATALOG: TypedDocumentNode<CatalogData, Record<string, never>> = gql`
  query Catalog {
    catalog {
      roles {
        value
        label
      }
    }
  }
`;

// --- Notifications -----------------------------------------------------------------------------------------

export interface NotificationsData {
  notifications: Notification[];
  unreadNotificationCount: number;
}
export interface NotificationsVariables {
  unreadOnly?: boolean | null;
}
export const NOTIFICATIONS: TypedDocumentNode<NotificationsData, NotificationsVariables> = gql`
  query Notifications($unreadOnly: Boolean) {
    notifications(unreadOnly: $unreadOnly) {
      id
      title
      body
      link
      createdAt
      readAt
    }
    unreadNotificationCount
  }
`;

export interface MarkNotificationsReadData {
  /** How many notifications were marked read. */
  markNotificationsRead: number;
}
export interface MarkNotificationsReadVariables {
  /** Omit to mark all of the signed-in account's notifications read. */
  ids?: string[] | null;
}
export const MARK_NOTIFICATIONS_READ: TypedDocumentNode<
  MarkNotificationsReadData,
  MarkNotificationsReadVariables
> = gql`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`;

// --- Password ----------------------------------------------------------------------------------------------

export interface ChangePasswordData {
  changePassword: boolean;
}
export interface ChangePasswordVariables {
  oldPassword: string;
  newPassword: string;
}
export const CHANGE_PASSWORD: TypedDocumentNode<ChangePasswordData, ChangePasswordVariables> = gql`
  mutation ChangePassword($oldPassword: String!, $newPassword: String!) {
    changePassword(oldPassword: $oldPassword, newPassword: $newPassword)
  }
`;
